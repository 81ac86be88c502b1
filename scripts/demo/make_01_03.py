"""Builds the demo engagement's two Word transcripts 01 and 03 with python-docx.

    python scripts/demo/make_01_03.py

01_kommundirektor.docx: a plain Word document, one paragraph per turn, each prefixed
"Full Name:" (the way a transcriber types it up).
03_sektorschef_vo.docx: the layout of a Microsoft Teams transcript export ("Ladda ned som
.docx"): a title line, a date line, then for every turn a line "Full Name   m:ss" followed
by the speech paragraph.

The content is fictional (Exempelkommun). It carries planted personal data for the
pseudonymiser: a phone number in 01 and an e-mail address in 03.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

INBOX = Path(__file__).resolve().parents[2] / "examples" / "exempelkommun" / "inbox"

# --- 01: kommundirektör, 2026-09-02 -----------------------------------------------------

SPEAKERS_01 = {"J": "Johan Almqvist", "S": "Sara Nyström", "E": "Eva Lindgren"}

SCRIPT_01 = """
J: Ja, då är inspelningen igång. Tack för att du tar dig tid, Eva. Som vi skrev i mejlet så är det här en av de första intervjuerna i genomlysningen, och det du säger behandlas konfidentiellt, vi citerar ingen med namn i rapporten. Vi brukar börja ganska brett: hur skulle du beskriva läget för Exempelkommun just nu?
E: Ja, men tack själva. Läget... Jag brukar säga att vi är en kommun som mår ganska bra i grunden men som går in i en rätt tuff period. Vi är ungefär 45 000 invånare, vi växer lite i tätorten, men befolkningen blir äldre och i flera av ytterområdena blir det färre barn. Samtidigt ser skatteintäkterna inte ut att hålla jämna steg med kostnaderna. I budgeten för 2027 får sektorerna ett effektiviseringskrav på 1,5 procent, och det ligger ovanpå förra årets. Så det är egentligen det klassiska, göra mer med mindre. Fast jag tycker inte riktigt om det uttrycket längre, för det har vi sagt i tio år.
S: Vad menar du med att du inte tycker om det?
E: Att det har blivit en slogan. Alla nickar, och sen fortsätter vi jobba precis som förut, bara lite fortare. Jag tror att vi måste våga göra saker annorlunda på riktigt, t.ex. sluta med vissa saker helt. Och det är där stödfunktionerna kommer in, det är ju därför vi har tagit in er.
J: Mm. Om du tänker på stödfunktionerna, hur ser du på hur de är organiserade i dag?
E: Ärligt talat är det lite av ett lapptäcke. Vi har ett kommunledningskontor med ekonomi, HR, IT, kommunikation, kansli och upphandling. Men sen har sektorerna byggt upp egna resurser vid sidan av. Barn och utbildning har egna administratörer och, om jag inte minns fel, två egna controllers. Vård och omsorg har en egen kommunikatör, eller hon heter verksamhetsutvecklare men gör i praktiken kommunikation. Och Samhällsbyggnad har... ja, lite av varje, de har anställt en egen upphandlare nu i våras. Så när jag frågar hur många som jobbar med ekonomi i kommunen så kan ingen svara mig. Det är en av sakerna jag hoppas att ni kan hjälpa oss med.
J: Varför tror du att det har blivit så?
E: Det har vuxit fram. Ingen har fattat ett beslut om att bygga skuggorganisationer, om man nu ska använda det ordet. Det är snarare så att en sektorschef har upplevt att man inte fått hjälp tillräckligt snabbt från kontoret, och då har man löst det själv. Vilket är fullt begripligt, jag hade nog gjort likadant. Men resultatet blir dubbelarbete och att ingen riktigt vet vem som gör vad. Jag har sett exempel där två personer tagit fram samma underlag till samma nämndsammanträde, en på kontoret och en ute i sektorn, och det var lite olika siffror i dem dessutom.
S: Kan du ge fler exempel på var det blir otydligt?
E: IT är väl det tydligaste. Verksamhetssystemen, alltså Procapita, eller ja, vi håller på att gå över till Lifecare i Vård och omsorg, och skolans system... där är det oklart vem som äger vad. IT säger att de förvaltar tekniken och att verksamheten äger systemet. Verksamheten säger att de inte har någon som kan det. Och så hamnar ärendena mittemellan. Jag får höra från chefer att de väntar i veckor på saker som borde ta en dag. Och kommunikation, där tycker sektorerna att det är svårt att få hjälp, så då gör de själva.
J: Mm.
E: Och sen vill jag vara tydlig med att det inte är så att folk på kommunledningskontoret är dåliga. Tvärtom, vi har väldigt kunniga medarbetare. HR t.ex. får mycket beröm, lönekontoret fungerar, och controllerna är uppskattade ute i verksamheten. Det är strukturen som är problemet, inte människorna.
S: Om vi pratar om styrningen då. Hur fungerar styrmodellen, tycker du?
E: [skratt] Ja, där kommer ni nog att få höra en del. Vi har för många mål, det måste jag erkänna. Fullmäktige har tolv inriktningsmål, sen bryter nämnderna ner dem i nämndmål, och sen har verksamheterna egna mål i sina verksamhetsplaner. Jag räknade någon gång till över 140 mål och indikatorer totalt. Uppföljningen görs i Stratsys, men ekonomin följs upp i Hypergene, och sen har vissa sektorer egna Excelark. Så en enhetschef kan få rapportera samma sak på tre ställen. Det är inte rimligt.
J: Vad skulle du vilja ändra?
E: Färre mål, helt enkelt. Och ett ställe för uppföljning. Men det är ju inte bara mitt beslut, politiken måste vara med, och där upplever jag att det har öppnat sig, kommunstyrelsens ordförande vill också förenkla. Sen har vi nämndadministrationen, den är tungrodd. En tjänsteskrivelse kan gå genom fem, sex händer innan den kommer till nämnden. Beredningsvägarna är långa, och ibland vet handläggaren inte ens vem som ska godkänna.
S: Hur lång tid kan det ta, ungefär?
E: Från att ett ärende väcks till att det ligger på nämndens bord... det kan vara två, tre månader för något ganska enkelt. Vi hade en revidering av delegationsordningen som tog nästan ett halvår, och det var inga konstigheter i sak. Det säger något om processen.
J: Om vi går över till aktörerna, ledningen och kulturen. Hur upplever du samarbetet i ledningsgruppen?
E: Jag tycker att det har blivit bättre, faktiskt. När jag kom hit för snart tre år sedan var det väldigt mycket bevakning av den egna sektorn. Man kom till ledningsgruppen för att försvara sin budget, inte för att lösa kommunens problem. Nu jobbar vi mer med gemensamma frågor, vi har haft två internatdagar i år, och jag upplever att folk vågar säga vad de tycker. Men... det är en bit kvar.
J: På vilket sätt?
E: Det finns fortfarande ett vi och dom. Mellan sektorerna, men framför allt mellan sektorerna och kommunledningskontoret. "Kontoret" sägs ibland med en viss ton, om ni förstår vad jag menar. Som att vi sitter här uppe och hittar på saker. Och åt andra hållet finns det på kontoret en känsla av att sektorerna inte följer gemensamma beslut. Det handlar om tillit, och tillit bygger man inte med en ny organisationsskiss. Men strukturen kan göra det lättare eller svårare.
S: Mm. Hur tror du att första linjens chefer har det?
E: Jag tror att de har det tungt. Många enhetschefer i äldreomsorgen har 40, 50 medarbetare, vissa ännu fler. Och de ska lägga schema, sköta rehab, budget, rapportering, arbetsmiljö... Vi tappar chefer, det ser jag i siffrorna. Förra året slutade elva enhetschefer och rektorer, av ungefär 120. Det är för många. Och när jag träffar dem på Chefsdagen så säger de att de inte blir lyssnade på. Det tar jag på stort allvar.
J: Och kompetensförsörjningen mer generellt?
E: Ja, den är nog vår största risk på sikt. Socialsekreterare är svårt, vi har haft inhyrda konsulter i IFO i perioder och det är väldigt dyrt. Legitimerade lärare i vissa ämnen. Och IT, vi har haft en tjänst som systemförvaltare utannonserad två gånger utan att hitta rätt person. Vi konkurrerar med regionen och de större kommunerna runt omkring, och med privata arbetsgivare när det gäller IT.
S: Digitaliseringen då, vad ser du för möjligheter där?
E: Stora. Men vi ligger efter, det ska jag säga rakt ut. Vi har några e-tjänster, och försörjningsstödet har börjat med automatiserade beslut, men det är spridda initiativ. Varje sektor gör sitt, och det finns ingen gemensam prioritering. Jag skulle vilja ha en digitaliseringsplan för hela kommunen där vi bestämmer att de här fem sakerna gör vi de närmaste två åren, och sen följer vi upp dem. Och AI... ja, alla pratar om det. Jag tror att det kan hjälpa oss, t.ex. med protokoll eller att sammanfatta ärenden, men vi måste ha ordning på grunderna först.
J: Om du fick önska, hur skulle stödet se ut om tre år?
E: Att en chef vet vart hen ska vända sig. En väg in, helt enkelt. Att man inte behöver känna rätt person för att få hjälp. Vi skulle kunna ha någon form av gemensam servicefunktion, och en tjänstekatalog där det står vad stödet gör och inte gör, och hur snabbt man kan räkna med svar. Överenskomna servicenivåer, alltså. Och att stödet ska stödja kärnverksamheten och inte tvärtom. Ibland känns det som att cheferna lägger mer tid på att förse stödfunktionerna med underlag än de får tillbaka.
S: Det är en tydlig bild. Finns det något du är orolig för i den här genomlysningen?
E: Att den uppfattas som en besparingsövning. Det är den inte, eller det är inte i första hand det. Jag vill att medarbetarna ska känna sig trygga med att prata med er. Och jag är lite orolig för att kontoret ska känna sig utpekat. Så det vore bra om ni är tydliga med syftet när ni träffar folk.
J: Det tar vi med oss. Vi kommer att återkomma med iakttagelserna för avstämning i oktober.
E: Bra. Om ni behöver boka in något mer eller om det är något underlag ni saknar, du kan ringa min assistent på 070-312 45 67, hon har bättre koll på min kalender än jag har. Och så vill jag säga att jag är stolt över den här kommunen. Folk gör ett fantastiskt jobb ute i verksamheterna, ofta under rätt tuffa förutsättningar.
J: Tack så mycket, Eva.
E: Tack själva.
"""

# --- 03: sektorschef Vård och omsorg, 2026-09-04 ----------------------------------------

SPEAKERS_03 = {"J": "Johan Almqvist", "H": "Helena Forsberg"}

SCRIPT_03 = """
J: Då har vi satt igång inspelningen. Tack för att du tar dig tid, Helena. Som jag sa i inbjudan så är det här konfidentiellt, vi citerar ingen med namn.
H: Ja, det går bra. Jag har en timme, sen har jag nämndberedning kl. 14.
J: Då kör vi. Kan du börja med att berätta om Vård och omsorg och vilka utmaningar ni står inför?
H: Vård och omsorg är ju stort, vi är ungefär 1 400 medarbetare. Äldreomsorg, hemtjänst, särskilt boende, funktionsstöd och så IFO. Och det som präglar oss är att antalet äldre ökar. Antalet invånare över 80 ökar med ungefär 40 procent de närmaste tio åren. Vi har redan kö till särskilt boende, och hemtjänsttimmarna har ökat med nästan 15 procent på tre år. Samtidigt ökar inte budgeten i samma takt, snarare tvärtom. Så vi måste hitta andra sätt att jobba.
J: Vilka andra sätt ser du?
H: Välfärdsteknik, framför allt. Digital tillsyn på natten, läkemedelsrobotar, digitala möten med anhöriga... Vi har kommit igång med nattkameror i hemtjänsten, men bara i ett av områdena. Det går för långsamt. Och det är inte för att vi inte vill, utan för att vi inte har resurser att driva det. Det finns ingen gemensam plan i kommunen för vad som ska prioriteras, så vi konkurrerar om samma IT-resurser som skolan och alla andra.
J: Mm. Om vi pratar om IT-stödet, hur fungerar det?
H: Det är nog det största problemet för oss just nu. Vi håller på att byta verksamhetssystem från Procapita till Lifecare, och där har det varit väldigt oklart vem som ansvarar för vad. Vi har en systemförvaltare på 0,5 tjänst, men hon är enhetschef i grunden och... ja, det räcker inte. IT tycker att det är vårt system, och det är det ju, men vi har inte kompetensen att förvalta det tekniskt. Så ärendena hamnar mellan stolarna. Vi hade ett integrationsfel mot ekonomisystemet som tog sju veckor att lösa.
J: Sju veckor?
H: Ja. Och under tiden satt våra administratörer och räknade avgifter manuellt. Det är sådant som inte syns, men det kostar.
J: Kan du beskriva hur ett sådant ärende går till?
H: Man lägger en anmälan i TopDesk. Sen kommer det ett svar om att det är tilldelat en grupp. Sen händer ingenting på en vecka, och när man ringer visar det sig att det har flyttats till en annan grupp. Eller att det behövs en beställning från systemägaren, och det är jag, formellt. Men det har ingen sagt till mig. Jag tror inte att det är illvilja, det är bara att ingen har ritat kartan.
J: Mm, okej.
H: Ja.
J: Hur ser det ut för första linjens chefer hos er?
H: Det är det jag oroar mig mest för. Våra enhetschefer i äldreomsorgen har ofta 50, ibland 60 medarbetare. I hemtjänsten har en chef 55 medarbetare på papperet, men med timavlönade är det närmare 80 personer som ska ha schema, lön och introduktion. De lägger schema i TimeCare, attesterar i Visma, följer upp sjukfrånvaron, har rehabsamtal, och så ska de leda verksamheten också. Sjukfrånvaron ligger på runt 9 procent i hemtjänsten. Jag har chefer som sitter kvällar och helger för att hinna med administrationen. Och flera har sagt till mig att de känner sig ensamma, att de inte har någon att bolla med.
J: Vad skulle hjälpa dem?
H: Mindre personalgrupper, det är det självklara, men det kostar. Och sedan administrativt stöd nära dem. Vi har provat med en administratör som delas mellan tre enheter, och det har fungerat väldigt bra. Hon tar bemanningen på morgonen, rättar i TimeCare, beställer förbrukningsmaterial. Cheferna säger att de fick tillbaka ungefär en dag i veckan.
J: Är den administratören anställd i sektorn?
H: Ja. Och där vet jag att det kan uppfattas som att vi bygger egna stödresurser. Det gör vi väl också. Men alternativet hade varit att vänta på att något centralt ska komma till, och det har vi gjort i flera år. Jag ser det inte som en skuggorganisation, jag ser det som verksamhetsnära stöd. Men jag förstår att det blir svårt att överblicka för kommunen som helhet.
J: Om du tänker på HR-stödet, hur fungerar det?
H: Bra, faktiskt. Väldigt bra. Vi har två HR-konsulter som i princip är våra, de kan äldreomsorgen, de kan rehab, de kan kollektivavtalen. När vi hade en svår arbetsrättslig situation i våras var de på plats samma dag. Där har jag inga klagomål. Lönekontoret är också pålitligt. Det som kanske saknas är mer stöd i rekryteringen, vi annonserar och annonserar men får nästan inga sökande till undersköterskejobben.
J: Så kompetensförsörjningen är en utmaning?
H: Ja. Undersköterskor, sjuksköterskor, och i IFO socialsekreterare. IFO har haft konsulter i över ett år, det kostar oss ungefär fyra miljoner extra per år. Och det är inte bara pengarna, det är kontinuiteten för familjerna. En familj kan ha haft tre olika handläggare på ett år.
J: Ekonomistödet då?
H: Controllern är bra. Hon är med på våra ledningsmöten och hon förstår verksamheten, det är guld värt. Budgetuppföljningen fungerar. Men rapporterna är för tekniska. Jag har chefer som inte förstår sin egen budgetrapport, och det är inte för att de är dumma. Det är för att rapporten är gjord av ekonomer för ekonomer.
J: Kan du ge ett exempel på vad som är svårt i rapporterna?
H: Ja, t.ex. att personalkostnaderna redovisas per kostnadsställe och konto, medan cheferna tänker i timmar och pass. En chef i hemtjänsten vill veta om hon har för många timavlönade i förhållande till de beviljade timmarna. Det står inte i rapporten, det får hon räkna fram själv i Excel med underlag från TimeCare. Vi har bett om en enklare rapport med tre, fyra nyckeltal, och controllern är positiv, men den ska byggas i Hypergene och där har hon inte behörighet att göra nya rapporter. Så då står det still.
J: Mm. Kommunikation och upphandling, har ni mycket kontakt med de funktionerna?
H: Upphandling, ja, tyvärr. [skratt] Nej men alltså, det tar lång tid. Vi skulle upphandla ett nytt system för trygghetslarmen och det tog över ett år. Jag förstår att det är LOU och att det ska göras rätt, men vi fick förlänga det gamla avtalet två gånger. Och det känns krångligt, vi vet aldrig vilket underlag vi ska ta fram. Kommunikation har vi knappt någon kontakt med, vi har en egen verksamhetsutvecklare som gör det mesta, nyhetsbrev, rekryteringsannonser, sociala medier.
J: Hur upplever du samarbetet med kommunledningskontoret i stort?
H: Det är bättre än det var. Eva är väldigt tydlig och hon lyssnar, det har gjort skillnad i ledningsgruppen. Men ute i verksamheten finns det fortfarande ett vi och dom. Enhetscheferna upplever att kontoret skickar ut saker, enkäter, nya rutiner, rapporteringskrav, utan att förstå hur det ser ut en tisdagsmorgon i hemtjänsten när fyra personer har sjukanmält sig. Och styrningen, ärligt talat, vi har mål i Stratsys som ingen på enheterna vet vad de betyder.
J: Det är en bra bild. Om du fick önska en sak?
H: En gemensam digitaliseringsplan där välfärdstekniken får plats. Och en tydlig karta över vem som gör vad i stödet, en väg in. I dag vet mina chefer inte vem de ska ringa. Eller, de vet vem de ska ringa, det är den de känner, och det är inte samma sak.
J: Tack, det är väldigt värdefullt. Får vi återkomma om vi har följdfrågor?
H: Absolut. Mejla mig på helena.forsberg@exempelkommun.se så svarar jag. Och skicka gärna underlaget för inventeringen av stödresurserna dit också, så kan jag be vår verksamhetsutvecklare fylla i det.
J: Tack så mycket.
H: Tack.
"""


def turns(script: str, speakers: dict[str, str]) -> list[tuple[str, str]]:
    result = []
    for line in script.strip().splitlines():
        code, text = line.split(":", 1)
        result.append((speakers[code], text.strip()))
    return result


def write_plain(path: Path, script: list[tuple[str, str]]) -> None:
    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph("Intervju Exempelkommun, kommundirektör 2026-09-02")
    document.add_paragraph("Genomlysning av kommunens stödfunktioner. Utskrift av inspelning.")
    for name, text in script:
        document.add_paragraph(f"{name}: {text}")
    document.save(path)


def write_teams(path: Path, script: list[tuple[str, str]]) -> None:
    document = Document()
    document.add_paragraph("Intervju sektorschef VO-20260904_090312-Mötesavskrift")
    document.add_paragraph("4 september 2026, 09:03AM")
    seconds = 3
    for name, text in script:
        document.add_paragraph(f"{name}   {seconds // 60}:{seconds % 60:02d}")
        document.add_paragraph(text)
        # about 2.6 spoken words a second, plus a pause between speakers
        seconds += round(len(text.split()) / 2.6) + 2
    document.save(path)


def main() -> None:
    INBOX.mkdir(parents=True, exist_ok=True)
    write_plain(INBOX / "01_kommundirektor.docx", turns(SCRIPT_01, SPEAKERS_01))
    write_teams(INBOX / "03_sektorschef_vo.docx", turns(SCRIPT_03, SPEAKERS_03))


if __name__ == "__main__":
    main()
