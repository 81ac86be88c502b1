"""Writes two of the demo engagement's Word transcripts into examples/exempelkommun/inbox/.

    python scripts/demo/make_08_10.py

08_controllers.docx: a group interview with two controllers, plain paragraphs with the
prefixes "Intervjuare:", "Linnea:" and "Oskar:".
10_fokusgrupp_rektorer.docx: a focus group with rektorer and förskolechefer, anonymised by
the transcriber as "Deltagare 1:" ... "Deltagare 5:" with "Moderator:" for the consultant
(the interview log still names them; in the speech they call each other by first name).

The people are fictional. The text is kept here so the files can be rebuilt.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

INBOX = Path(__file__).resolve().parents[2] / "examples" / "exempelkommun" / "inbox"

CONTROLLERS = """
Intervjuare: Välkomna båda två. Ni vet ju ungefär vad det här handlar om, vi gör en genomlysning av stödfunktionerna och vill höra hur ni ser på ekonomistödet, både det ni själva gör och hur det tas emot. Kan ni börja med att berätta lite om era roller?
Linnea: Ja, jag kan börja. Jag är controller och jobbar mot Vård och omsorg, jag har gjort det i snart fem år. Formellt är jag anställd på ekonomiavdelningen på kommunledningskontoret, men jag sitter två dagar i veckan ute på sektorskansliet i Vård och omsorg. Så jag är med på deras ledningsgrupp varannan vecka och jag har mina verksamhetschefer som jag träffar en gång i månaden.
Oskar: Och jag har Barn och utbildning och Samhällsbyggnad, vilket egentligen är för mycket för en person, det kan jag säga direkt. [skratt] Jag har varit här i två år, kom från ett privat bolag innan. Vi är fyra controllers totalt, eller tre komma fem i praktiken, för en av oss går ner på halvtid i ett systemprojekt.
Intervjuare: Mm. Om ni tänker på ekonomistödet som helhet, vad fungerar bra?
Linnea: Jag tycker att närheten fungerar. Att man faktiskt känner cheferna. När en verksamhetschef i hemtjänsten ringer mig och säger att nu har vi ett nytt ärende med dubbelbemanning dygnet runt, då vet jag vad det betyder för budgeten, och jag vet vem jag pratar med. Det tar tid att bygga upp det förtroendet.
Oskar: Och budgetuppföljningen fungerar, det ska man säga. Vi har månadsuppföljning med prognos, den kommer ut i tid, den är ganska träffsäker. Förra året landade vi på en avvikelse på under en procent mot helårsprognosen i augusti. Det är inte illa för en kommun i vår storlek.
Intervjuare: Och vad fungerar mindre bra?
Oskar: Rapporterna. Det är inget fel på siffrorna, men jag tror inte att en enhetschef förstår dem. Vi skickar ut en rapport ur Hypergene med, vad är det, tolv kolumner, budget, utfall, utfall föregående år, periodiserad budget, prognos... och en rektor som har trettio sekunder mellan två möten ska läsa det. Det går inte.
Linnea: Nja, jag håller inte riktigt med om att de inte förstår dem. Mina chefer förstår dem, men de har fått lära sig. Vi har suttit tillsammans, vi har gått igenom dem rad för rad. Men jag håller med om att rapporten i sig är svår att läsa, den är gjord av ekonomer för ekonomer.
Oskar: Ja, men det är ju det jag menar. Det bygger på att du sitter med dem. Det skalar inte. Jag har sextio rektorer och förskolechefer och enhetschefer, jag kan inte sitta med varenda en.
Linnea: Nej, det är sant.
Intervjuare: Kan ni ge ett exempel på vad som är svårt att förstå?
Linnea: Periodiseringen, absolut. Att en budget är lagd i tolftedelar men kostnaderna inte kommer jämnt. Semesterlöneskulden i juli, till exempel, där ser det ut som att alla enheter går back och så ringer halva sektorn i augusti och är panikslagna. Det händer varje år.
Oskar: Och internhyrorna. Ingen förstår internhyrorna. Jag förstår knappt internhyrorna. [skratt]
Intervjuare: Mm. Hur ser det ut med ekonomiskt stöd ute i sektorerna, finns det egna resurser där utöver er?
Oskar: Ja, och det är väl lite känsligt. Barn och utbildning har anställt en ekonomisamordnare på sektorskansliet, det är en person som gör sammanställningar, tar fram underlag till resursfördelningen och så. Och det är ju bra att det görs, men det betyder att det finns två sanningar ibland. Hon har sina Excelark och jag har Hypergene, och när nämnden frågar så är det inte alltid samma siffra.
Linnea: I Vård och omsorg har de en verksamhetscontroller som sektorn själv har anställt, och jag tycker faktiskt att det fungerar ganska bra. Hon jobbar med statistik och nyckeltal, Kolada och sånt, och jag jobbar med ekonomin. Vi har delat upp det. Så jag ser det inte som en skuggorganisation, jag ser det som att sektorn har ett behov som vi inte täcker.
Oskar: Men det är ju precis det en skuggorganisation är, Linnea. [skratt] Ett behov som vi inte täcker och som de löser själva.
Linnea: Ja, okej. Men frågan är ju om det är dåligt. Jag tror att det blir sämre om allt ska sitta centralt.
Intervjuare: Där verkar ni ha lite olika syn. Hur ser ni på var controllerstödet ska sitta?
Oskar: Jag tycker att vi ska sitta tillsammans, centralt. Vi är så få, och när någon är sjuk eller slutar så står en hel sektor utan stöd. Om vi var en grupp som jobbade mer gemensamt, med gemensamma mallar och gemensam rapportering, så skulle vi vara mindre sårbara. I dag har vi fyra sätt att göra samma sak.
Linnea: Och jag tycker att vi ska sitta ännu mer ute. Det är när jag sitter på sektorskansliet som jag får veta saker i tid. Om jag bara satt i stadshuset skulle jag få veta att en gruppbostad har gått över budget i oktober, inte i april. Men jag håller med Oskar om sårbarheten. Vi behöver kunna täcka upp för varandra.
Intervjuare: Okej. Om vi lyfter blicken lite, hur ser den ekonomiska situationen ut framåt?
Linnea: Tuff. Vi har ett effektiviseringskrav på två procent per år i tre år, och samtidigt ökar antalet äldre över åttio med, jag tror det var fyra procent per år fram till 2030. Så Vård och omsorg ska göra mer med mindre, och det är ju en klyscha men det är faktiskt precis det som är läget. Och de ekonomiska ramarna räknas inte upp med volymerna fullt ut.
Oskar: Och i Barn och utbildning är det tvärtom i vissa delar. Det föds färre barn, särskilt i de norra delarna av kommunen, så förskolorna där har tomma platser men kostnaderna för lokalerna ligger kvar. Det är ett jättesvårt läge för förskolecheferna, för de får mindre peng per barn men har samma hus.
Intervjuare: Mm. Hur fungerar det med målstyrningen och uppföljningen i stort, från ert perspektiv?
Oskar: Ärligt talat är det för många mål. Vi har kommunfullmäktiges mål, nämndmål, sektorsmål, och sen ska varje enhet bryta ner det. Och målen följs upp i Stratsys, medan ekonomin ligger i Hypergene. Så vid delårsbokslutet sitter vi och klistrar ihop två system i ett Worddokument. Det tar veckor.
Linnea: Och ingen läser Stratsys. Alltså, jag vet inte om jag får säga det, men när vi tittade på inloggningarna så var det ungefär var femte chef som hade loggat in under våren. Resten skickade in sina kommentarer via mejl till sin verksamhetschef som la in dem.
Intervjuare: Intressant. Vad skulle behövas där?
Linnea: Ett system. Eller åtminstone en gemensam ingång. Och färre mål. Om vi hade fem mål som alla förstod skulle vi kunna följa upp dem på riktigt.
Oskar: Och jag skulle vilja automatisera mycket mer. Vi lägger fortfarande en stor del av månaden på att ta fram underlag manuellt, hämta ut från Visma, stämma av mot Hypergene, klistra in. Det borde gå att bygga en Power BI-rapport som uppdateras själv. Vi har pratat om det i två år, men det har inte prioriterats hos IT. Det finns ingen gemensam prioritering av vad som ska digitaliseras, så det blir den som skriker högst.
Intervjuare: Du nämnde IT. Hur fungerar det stödet för er?
Oskar: Det är långa ledtider. Vi hade ett ärende om behörigheter i Hypergene som låg i TopDesk i sex veckor, och det studsade mellan IT och leverantören och systemförvaltaren på ekonomi. Och i slutändan var det en bock i en ruta.
Linnea: Och det är oklart vem som äger vad. Är det vi på ekonomi som äger Hypergene, eller är det IT? Vi har ett förvaltningsobjekt på papperet men ingen har tid för det.
Intervjuare: Okej. Och om ni tänker på kompetensförsörjningen, hur ser det ut för er egen del?
Oskar: Svårt. Vi har haft en controllertjänst vakant sedan i våras. Vi har annonserat två gånger och fått in sökande, men de vi vill ha går till regionen eller till privata, där lönerna är högre. Vi förlorade en duktig kollega till regionen förra året, hon fick sju tusen mer i månaden.
Linnea: Och det märks ute i verksamheten också. Cheferna byts ut. Av mina tolv enhetschefer i hemtjänsten och särskilt boende har fem slutat på två år. Varje gång en ny chef kommer så börjar man om, förklarar budgeten, förklarar rapporterna, förklarar internhyrorna. [skratt]
Intervjuare: Hur ser ni på stödet från resten av kommunledningskontoret, HR till exempel?
Linnea: HR är bra. Jag samarbetar mycket med HR-konsulten i Vård och omsorg kring sjukfrånvaron, hon är väldigt kunnig, och lönekontoret är pålitligt. Det är sällan fel på lönerna, och när det blir fel så rättar de snabbt.
Oskar: Jag håller med om HR. Upphandlingen däremot... det är svårt. En förskolechef som vill köpa nya möbler får vänta i månader, och då köper man på kortet istället, och sen hamnar det hos mig som en avvikelse mot avtal.
Intervjuare: Mm. Avslutningsvis, om ni fick bestämma en förändring, vad skulle det vara?
Oskar: En gemensam rapport. En sida per enhet, begriplig, som uppdateras automatiskt. Det skulle frigöra tid för oss att faktiskt analysera istället för att producera.
Linnea: Och för mig, att vi blir tydliga med vad controllerna ska göra och inte göra. I dag gör jag allt från att svara på frågor om attestlistor till att räkna på en ny gruppbostad. Någon sorts beskrivning av stödet, vad man kan få och vem man ska vända sig till. Och gärna en väg in, så att chefen inte behöver veta om det är jag eller ekonomiadministrationen eller Visma-supporten.
Oskar: Ja, där är vi överens faktiskt. [skratt]
Intervjuare: Bra att ni hittade något ni var överens om. Tack båda två.
"""

RECTORS = """
Moderator: Välkomna allihop, och tack för att ni kom trots att det är mitt i uppstarten av terminen. Som ni vet gör vi en genomlysning av kommunens stödfunktioner, och vi vill höra hur ni som rektorer och förskolechefer upplever stödet. Det ni säger här kommer inte att kopplas till era namn. Jag tänkte börja med en runda: om ni tänker på stödet ni får, vad fungerar bra? Vem vill börja?
Deltagare 1: Jag kan börja. HR fungerar bra, tycker jag. Jag hade ett ganska tufft rehabärende i våras, en lärare som hade varit sjukskriven länge, och vår HR-konsult var med hela vägen. Hon kunde arbetsrätten, hon kunde Försäkringskassan, hon var med på mötena. Jag hade aldrig klarat det själv.
Deltagare 2: Ja, samma här, HR-stödet är verkligen bra. Och lönen, det är nästan aldrig fel. Lena på lönekontoret svarar alltid samma dag.
Deltagare 4: Men det där är ju lite det jag tänker på. Det fungerar för att Lena svarar. Det är personberoende. När hon var på semester i juli var det ingen som svarade på någonting.
Deltagare 2: Ja, det är sant, Emma. Men det är ändå bättre än mycket annat.
Deltagare 5: Jag vill lyfta ekonomin också. Vår controller, Oskar, är otroligt tillgänglig. Man ringer och han förklarar. Sen förstår jag inte rapporterna ändå när jag sitter själv med dem, men det är en annan sak. [skratt]
Deltagare 3: Nej, de är helt obegripliga. Jag har varit förskolechef i tre år och jag har fortfarande ingen aning om vad "periodiserad budget ack" betyder. Jag vill veta tre saker. Har jag pengar kvar, hur mycket har jag gjort av med på personal och hur ser det ut resten av året. Det borde gå att visa på en sida.
Deltagare 1: Jag tror att det är lite olika. Jag tycker faktiskt att rapporterna är okej, men jag har en bakgrund som har gjort att jag är van vid siffror. Jag tror att det handlar mer om att vi inte har tid att sätta oss in i dem.
Moderator: Berätta mer om det. Hur ser en vanlig vecka ut?
Deltagare 5: Jag har en F–6-skola med ungefär fyrahundrafemtio elever och femtio anställda, och jag har en biträdande rektor på halvtid. Det är allt. Jag har ingen skoladministratör på heltid, vi har en, Birgitta Holmberg, som delas mellan tre skolor, och hon är fantastisk men hon räcker inte till. Så jag sitter med frånvarorapportering, jag sitter med att beställa vikarier, jag attesterar fakturor, jag svarar på mejl från vårdnadshavare kl. 22 på kvällen. Och då har jag inte ens börjat med det pedagogiska ledarskapet, som är det jag faktiskt är anställd för.
Deltagare 2: Och elevhälsan. Vi lägger jättemycket tid på elevhälsan nu. Fler elever med stora behov, fler anmälningar till socialtjänsten. Och det är vi som rektorer som sitter med dem. Jag hade fyra orosanmälningar bara förra veckan.
Deltagare 1: Men där vill jag ändå säga att vår elevhälsa är bra. Vi har en kurator och en skolsköterska som är fantastiska, det är inte där problemet ligger. Problemet är att samverkan med socialtjänsten inte fungerar. Man gör en anmälan och sen hör man ingenting.
Deltagare 2: Nej, det håller jag med om, Jonas. Det är ett svart hål.
Moderator: Och förskolan, hur ser det ut där? Sofia och Emma?
Deltagare 3: Det är lite annorlunda för oss, vi har ju ingen elevhälsa på samma sätt. Men vi har samma administrativa börda. Jag har tre förskolor och sextiotvå medarbetare. Sextiotvå. Och jag ska ha medarbetarsamtal med alla, lönesamtal med alla, jag ska följa upp sjukfrånvaron, jag ska göra det systematiska kvalitetsarbetet. Det går inte ihop.
Deltagare 4: Jag har fyrtioåtta, och det är redan för många. Man blir ensam som chef. Man har ingen att bolla med. Vi har ju varandra, förskolecheferna, vi har ett nätverk som är jättebra, men det är inget som är organiserat uppifrån. Det är något vi har ordnat själva.
Moderator: Om vi pratar om kompetensförsörjning, hur ser det ut med rekryteringen?
Deltagare 4: Förskollärare. Vi har knappt några behöriga förskollärare som söker. Jag hade en tjänst ute i våras och fick två behöriga sökande, och den ena drog sig ur. Så vi anställer barnskötare och hoppas att de vill läsa vidare.
Deltagare 5: Och för oss är det lärare i matte och NO, och speciallärare. Jag har haft en speciallärartjänst vakant i ett år. Men det som oroar mig mer är att rektorerna slutar. Vi har haft, vad, sju nya rektorer på tre år, om man räknar med Björkdalsskolan?
Moderator: Vad säger det, tycker ni?
Deltagare 2: Att uppdraget är för stort. Att man inte orkar. Jag har funderat på det själv, om jag ska vara ärlig. Och jag tror inte att det är lönen, jag tror det är att man aldrig blir klar, och att man inte känner sig lyssnad på. Man skriver i enkäter och på Chefsdagen och sen händer ingenting.
Deltagare 1: Där tycker jag ändå att det har blivit lite bättre. Mikael lyssnar, och jag tycker att ledningen i stort har blivit tydligare de senaste åren.
Deltagare 2: Ja, Mikael lyssnar. Men det är inte han som bestämmer över IT, till exempel. [skratt]
Moderator: Då går vi dit. Hur fungerar IT-stödet? Ali, du skrattade.
Deltagare 5: Oj. Var ska man börja. Vi har Chromebooks till alla elever från årskurs fyra, det är ungefär trehundra datorer bara på min skola. Och när en går sönder så ska läraren göra ett ärende i TopDesk, och sen tar det två, tre veckor innan den är lagad eller utbytt. Under tiden har eleven ingen dator. Och alla prov ligger digitalt nu.
Deltagare 2: Och det är ingen som riktigt vet vem som har ansvaret. Är det IT på kommunledningskontoret, eller är det vår egen IT-tekniker på sektorn? För vi har ju två IT-tekniker som sektorn själv anställde för några år sedan, just för att det inte fungerade centralt.
Deltagare 1: Och de är jätteduktiga, men de är två personer för tjugo enheter.
Deltagare 5: Och de har inte behörighet till allt. Om det gäller ett konto eller Google-licenserna så måste de skicka vidare till central IT, och där blir det stopp. Vi ringde Göran Persson på IT i augusti när hälften av eleverna i femman inte kunde logga in på skolstarten, och han var jättehjälpsam, men det tog ändå tre dagar.
Deltagare 4: Men hos oss i förskolan är det ju nästan värre, för vi har inte ens samma prioritet. Våra lärplattor står ofta oanvända för att de inte är uppdaterade och ingen vet vem som ska göra det. Vi har en förskola där wifi inte fungerat i vissa rum sedan i vintras.
Deltagare 3: Ja, på Solrosen. Det ärendet har varit uppe hur många gånger som helst.
Moderator: Kan ni säga något om verksamhetssystemen? Vem äger dem?
Deltagare 2: Nej, det är ju det. [skratt] Vi har IST för elevadministrationen, Unikum för dokumentationen, Google för allt annat, Visma för personalen och TimeCare för vikarierna, och sen Tieto för förskolekön. Och när något inte fungerar mellan dem, till exempel när en elev flyttar och inte kommer med i Unikum, så vet ingen vem man ska fråga.
Deltagare 1: Jag skulle säga att vi ligger efter när det gäller digitaliseringen. Det finns så mycket som skulle kunna automatiseras. Frånvaroanmälan, till exempel, den görs fortfarande delvis via telefon och mejl till mentor. Andra kommuner har e-tjänster för ansökan om skolskjuts och modersmål. Hos oss är det pappersblanketter.
Deltagare 5: Och AI. Lärarna använder redan AI, eleverna använder det, men vi har ingen policy, ingen plan. Man vet inte vad man får göra.
Deltagare 3: Jag är lite mer försiktig där, jag vill bara säga det. Jag tror inte att vi ska börja med AI när wifi inte fungerar. [skratt] Först grunderna.
Deltagare 5: Ja, nej, det är klart. Men vi behöver en plan, i alla fall.
Moderator: Hur ser ni på ekonomin framåt?
Deltagare 4: För oss i förskolan i norra delen av kommunen är det riktigt tufft. Det föds färre barn, vi har tomma platser, och vi får peng per barn. Så vi har mindre pengar men samma lokaler och samma hyra. Jag har en avdelning som står tom nästan hela veckorna.
Deltagare 3: Medan vi i tätorten har kö. Det är ju det som är så konstigt, det är samma kommun men helt olika verklighet.
Deltagare 1: Och det är ett politiskt beslut som ingen vill ta. Att lägga ner en förskola eller en skola. Så vi får spara på personalen istället, och det är ju det sista man vill.
Moderator: Mm. Om ni tänker på övrigt stöd, kommunikation, upphandling, hur fungerar det?
Deltagare 2: Kommunikationen vet jag inte ens vart man vänder sig. Vi hade en incident på skolan i maj, en hotfull situation, och vi behövde gå ut med information till vårdnadshavarna samma dag. Jag ringde kommunikationsavdelningen och fick höra att de inte hade någon ledig. Så jag skrev själv. Och sen fick jag kritik för att det inte följde den grafiska profilen. [skratt]
Deltagare 5: Sektorn har ju anställt en egen kommunikatör nu, har ni märkt det? Just för sånt.
Deltagare 3: Upphandlingen är ett kapitel för sig. Vi skulle köpa nya utemiljöer till två förskolor, och det tog ett och ett halvt år från att vi lyfte behovet tills det var upphandlat. Under tiden hade priserna gått upp så mycket att pengarna inte räckte.
Deltagare 1: Fast det är inte alltid upphandlarnas fel, Sofia. Det finns regler, ramavtal och så. Det är inte upphandlarna som är problemet, det är att de är för få.
Moderator: Känner ni att det finns ett "vi och dom" mellan er och kommunledningskontoret, eller mellan sektorerna?
Deltagare 2: Ja. Definitivt. Stadshuset är en annan värld. Man får mejl om saker man ska göra, nya rutiner, nya mallar, och det känns som att ingen där har varit ute på en skola.
Deltagare 1: Jag tycker att det är lite orättvist. Det finns många på kommunledningskontoret som verkligen vill hjälpa. HR till exempel. Men de är för få, och det är svårt att veta vem man ska vända sig till.
Deltagare 4: Och mellan sektorerna... vi i förskolan och Vård och omsorg har ju samma problem med stora personalgrupper och vikarier, men vi pratar aldrig med varandra. Vi skulle kunna dela vikariepool, till exempel.
Deltagare 3: Det har vi pratat om i flera år, Emma. [skratt]
Moderator: Om ni fick önska en sak som skulle göra stödet bättre, vad skulle det vara? Vi tar en runda igen.
Deltagare 3: En skoladministratör, eller förskoleadministratör, på varje enhet, eller åtminstone på varje område. Någon som tar hand om schema, vikarier och fakturor så att jag kan vara chef.
Deltagare 4: En väg in. Ett nummer eller en portal där jag kan ställa frågan och så hamnar den rätt, oavsett om det är IT eller HR eller lokaler. Och att man vet hur lång tid det tar.
Deltagare 5: Att IT och sektorns IT-tekniker blir en och samma sak, eller åtminstone att det är tydligt vem som gör vad. Och att en Chromebook lagas på en vecka, inte tre.
Deltagare 2: Färre personer per chef. Jag vet att det kostar, men så länge vi har femtio medarbetare var kommer det att fortsätta vara som det är. Och att man blir lyssnad på när man säger det.
Deltagare 1: Jag skulle vilja ha färre styrdokument och färre mål. Vi har en kvalitetsrapport, en verksamhetsplan, en arbetsmiljöplan, en likabehandlingsplan, och målen i Stratsys. Och sen en egen plan för digitaliseringen som ingen har läst. Om vi kunde ha ett dokument per skola skulle det vara fantastiskt.
Moderator: Tack. Något sista någon vill säga?
Deltagare 5: Bara att vi tycker om våra jobb. Det låter kanske inte så när vi sitter och klagar i en timme, men det är det bästa jobbet som finns. [skratt]
Deltagare 3: Ja, verkligen. Vi är stolta över våra förskolor.
Moderator: Det tar vi med oss. Tack allihop.
"""


def _paragraphs(script: str) -> list[str]:
    return [line.strip() for line in script.strip().splitlines() if line.strip()]


def _document(title: str, intro: str) -> Document:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    document.add_heading(title, level=1)
    document.add_paragraph(intro)
    return document


def write_controllers() -> None:
    document = _document(
        "Gruppintervju med controllers",
        "Genomlysning av kommunens stödfunktioner. Gruppintervju med två controllers på "
        "ekonomiavdelningen, kommunledningskontoret, 15 september 2026. Intervjuare Sara "
        "Nyström. Inspelad på Teams och transkriberad.",
    )
    for line in _paragraphs(CONTROLLERS):
        document.add_paragraph(line)
    document.save(INBOX / "08_controllers.docx")


def write_rectors() -> None:
    document = _document(
        "Fokusgrupp med rektorer och förskolechefer",
        "Genomlysning av kommunens stödfunktioner. Fokusgrupp i Barn och utbildning den 18 "
        "september 2026, moderator Sara Nyström. Fem deltagare, tre rektorer och två "
        "förskolechefer. Deltagarnas namn är ersatta med nummer i utskriften.",
    )
    for line in _paragraphs(RECTORS):
        document.add_paragraph(line)
    document.save(INBOX / "10_fokusgrupp_rektorer.docx")


def main() -> None:
    INBOX.mkdir(parents=True, exist_ok=True)
    write_controllers()
    write_rectors()


if __name__ == "__main__":
    main()
