"""The hand-written free-text answers of the demo chef survey (see make_survey.py).

One answer per line: `tags | text`. Tags, space separated, say who can have written it:
  hr+   the writer rated HR 3 or better (more likely the higher the rating)
  it-   the writer rated IT/digitalisering 3 or worse (more likely the lower)
  jur?  the writer rated juridik 3 or worse, or answered "Vet ej"/nothing
  avg+  / avg-  the writer's mean rating is high (>= 3.4) / low (<= 2.7)
  @V @B @S @K   only writers in that sector (Vård och omsorg, Barn och utbildning,
                Samhällsbyggnad, Kommunledningskontoret); several = any of them
  @Förskolechef, @Biträdande_rektor ...   only writers with that role (any of several);
                with a sector tag, both must match
Function keys: eko hr it kom vu kan upp jur lok. "\\n" in a text is a line break in the cell.
"""

from __future__ import annotations

GOOD = r"""
hr+ | HR-konsulten svarar samma dag och kan arbetsrätten. Ovärderligt när det blir svåra ärenden.
hr+ | Jag vet vem jag ska ringa på HR och får nästan alltid svar samma dag.
hr+ | Stödet i rehabärenden är riktigt bra, HR-konsulten följer med på rehabmöten när det behövs.
hr+ @V @Enhetschef | Vår HR-konsult kommer ut till enheten och har koll på både scheman och avtal. Det gör stor skillnad när man har 50 medarbetare.
hr+ | Lönekontoret. Lönerna blir rätt och de svarar när man ringer.
hr+ | lönekontoret är pålitligt, har aldrig haft problem
hr+ eko+ | HR och ekonomi, man får hjälp när man frågar.
eko+ | Min controller är lätt att nå och hjälper mig med budgetuppföljningen varje månad.
eko+ | Controllern kommer ut till oss och går igenom utfallet tillsammans med mig. Bra dialog.
eko+ | Månadsuppföljningen med ekonomi fungerar, man vet var man står.
eko+ @B | Skolans controller kan resursfördelningsmodellen och förklarar den pedagogiskt, vilket verkligen behövs.
eko+ @S | Investeringsuppföljningen har blivit mycket bättre sista året, vi har en controller som förstår projekt.
eko+ hr+ | Controllers och HR-konsulter finns nära och känner verksamheten. Det är det bästa med stödet som det ser ut idag.
avg+ | Kommundirektören lyssnar och är tydlig, det märks att det har blivit bättre i ledningen.
| Ledningsgruppen har blivit bättre på att förklara varför beslut fattas, det var inte så för några år sedan.
| Chefsdagarna och chefsforum är bra. Man träffar kollegor från andra sektorer och förstår varandra bättre.
| Kollegorna i chefsgruppen, vi hjälper varandra mycket. Det är nog det stöd jag använder mest.
@B | Rektorsnätverket är det stöd jag har mest nytta av, ärligt talat.
@V | Samarbetet mellan enhetscheferna i hemtjänsten fungerar bra, vi lånar personal av varandra vid sjukdom.
hr+ | Arbetsrättsligt stöd när det behövs, snabbt och kunnigt.
hr+ | HR hjälpte mig igenom en mycket svår uppsägning på ett bra sätt. Kände mig aldrig ensam i det.
hr+ | Rekryteringsstödet har blivit bättre, annonserna kommer ut snabbare nu och urvalet är bra.
hr+ @V | HR:s stöd vid höga sjuktal. De har hjälpt oss att strukturera rehabarbetet och vi har faktiskt fått ner korttidsfrånvaron.
kan+ | Nämndsekreteraren hjälper till med tjänsteskrivelserna och är noggrann, man känner sig trygg.
kan+ | Kansliet har bra koll på diarieföring och beslutsgång. Jag frågar alltid dem när jag är osäker.
jur+ | Juristen är väldigt bra när man väl får tid, t.ex. i frågor om offentlighet och sekretess.
jur+ @V | Juridiskt stöd i LVU- och LVM-ärenden fungerar bra, juristen ställer upp med kort varsel.
it+ | IT-supporten är trevlig och kunnig när man väl kommer fram.
it+ @K | Närheten till IT-avdelningen, man kan gå förbi och fråga direkt.
it+ | Det nya intranätet är bättre än det gamla, lättare att hitta blanketter och rutiner.
kom+ | Kommunikatörerna hjälpte oss med en bra rekryteringskampanj inför sommaren. Fick många sökande.
kom+ @S | Kommunikation hjälper till vid driftstörningar och vattenläckor, snabb info ut till invånarna.
vu+ | Verksamhetsutvecklaren som stöttade oss när vi införde nytt arbetssätt var jättebra. Mer sånt!
lok+ @S | Bra dialog mellan lokalförsörjning och fastighet och oss, korta vägar.
lok+ | Felanmälan till fastighet fungerar, de kommer ut ganska snabbt på akuta saker.
eko+ | Budgetprocessen är tydligare än tidigare år, man vet när saker ska vara inne.
hr+ | Chefsintroduktionen var bra. Fick en mentor och en checklista för första året.
hr+ | Ledarutvecklingsprogrammet har gett mig mycket, både kunskap och ett nätverk.
| Att man kan ringa och fråga utan att det blir krångligt. Folk är hjälpsamma.
| De flesta i stödfunktionerna vill verkligen hjälpa till, det är inte viljan det är fel på.
| Personligt engagemang hos enskilda medarbetare. Inte systemen eller rutinerna.
avg+ @K | Korta beslutsvägar inom kommunledningskontoret, vi sitter nära varandra och löser saker snabbt.
eko+ | Ekonomi har blivit bättre på att svara på frågor om fakturor och attest.
hr+ | Stödet inför löneöversynen är bra, tydliga underlag och tidplan.
hr+ @B | HR hjälper till med legitimations- och behörighetsfrågor när vi anställer lärare, det sparar mig mycket tid.
@B | Skolskjuts och kost fungerar, det märks inte men det är ju också ett stöd.
hr+ @V | Bemanningsenheten när de har folk att skicka. Trevliga och snabba.
it+ @B | Chromebooksen funkar för det mesta och att teknikern är på plats en dag i veckan är guld.
@V | Hemsjukvården och sjuksköterskorna, samarbetet har blivit mycket bättre senaste året.
kan+ | Mallarna för tjänsteskrivelser är bra och lätta att använda.
eko+ | Kunniga controllers. Rapporterna är svåra att läsa men controllern förklarar gärna.
avg- | Inget som sticker ut. Man löser det mesta själv.
avg- | Ärligt talat ingenting. Jag har slutat fråga och löser det på annat sätt.
avg- | Svårt att säga, det mesta får jag fixa själv eller med hjälp av vår egen administratör.
hr+ | HR-direkten i telefon är bra, man får svar på enkla frågor direkt.
| Min chef stöttar mig. Det är i grunden det viktigaste stödet.
avg- | Närmaste chef och kollegor. Det centrala stödet upplever jag mest som krav och pålagor.
| Bra med de nya chefsträffarna varannan månad där stödfunktionerna presenterar vad de gör.
eko+ @V | Controllern har hjälpt oss räkna på bemanningen och visa nämnden vad det faktiskt kostar. Bra underlag.
kom+ | Snabb hjälp med webben när vi behöver uppdatera information om verksamheten.
upp+ | Upphandlaren hjälpte oss med en direktupphandling och förklarade reglerna. Bra bemötande.
@S | Samarbetet inom sektorn är bra, korta vägar mellan enheterna och en chef som backar upp.
hr+ eko+ @B | Skoladministratören tillsammans med HR-konsult och controller. När alla tre finns på plats blir det bra.
hr+ | Snabb hjälp i rehab och arbetsrätt. HR-konsulterna är kunniga och lätta att prata med.
hr+ | Arbetsmiljöstödet, skyddsronder och OSA-enkäter går bra med HR:s mallar och stöd.
it+ | Teams har gjort det mycket lättare att få tag på folk och ha korta avstämningar.
| Att det finns en vilja att förbättra, den här genomlysningen t.ex. Hoppas det leder någonstans.
eko+ | Hypergene fungerar hyggligt för uppföljningen när man väl lärt sig var allt finns.
vu+ @V | Kvalitetsutvecklaren hjälpte oss med egenkontrollerna och avvikelsehanteringen, det var ett lyft.
kan+ @K | Bra samarbete med kansliet kring ärendeberedningen och KS-handlingarna.
avg+ | I stort fungerar det bra. Lite långa svarstider ibland men man får hjälp till slut.
| Att man blir bemött med respekt när man hör av sig, även när det är stressigt.
hr+ | Kompetensen hos HR-konsulterna, de kan sina saker.
hr+ eko+ | HR och lön fungerar bra. Ekonomistödet också.
@V | Samverkan med biståndshandläggarna har blivit bättre sedan vi började träffas varje vecka.
lok+ @B | Vaktmästarna! De fixar det mesta och känner skolan.
eko+ @K | Vi har god insyn i budgetarbetet och controllern finns alltid på plats.
jur+ | Fick snabbt svar från juristen om GDPR när vi hade en personuppgiftsincident.
hr+ @S | HR hjälper till med rekrytering av ingenjörer och handläggare, svårrekryterat men de är på och tänker nytt.
it+ @S | GIS-stödet är bra, kartorna kommer snabbt.
hr+ | Att HR-konsulten tar sig tid att lyssna när man har det tufft som chef.
hr+ @V | Hjälpen med TimeCare-schemat från bemanningsenheten, de har varit flexibla och kunniga.
eko+ kan+ | Årshjulet är tydligt, man vet när budget, delår och bokslut ska in.
@B | Skolans egna administratörer. Utan dem skulle jag inte klara mig, de gör jobbet som ingen annan gör.
@V | Vi har en egen administratör på verksamheten som tar mycket. Det fungerar, men borde väl komma centralt ifrån egentligen.
kom+ @K | Kommunikation hjälper till med pressfrågor, tryggt att ha dem när media ringer.
it+ | De e-tjänster som finns fungerar bra för invånarna, t.ex. ansökan om barnomsorg.
| Inget särskilt att lyfta men inget stort fel heller.
hr+ eko+ it- | HR: bra\nEkonomi: bra, men rapporterna svåra att läsa\nIT: under all kritik
hr+ eko+ | - HR-konsulten\n- lönekontoret\n- controllern som kommer ut till oss
hr+ @B | HR ställde upp direkt när vi hade en hotsituation på skolan; stöd till både mig och personalen.
eko+ @S | Controllern är med på ledningsgruppens möten varje månad, "ekonomi" blir inte en separat fråga längre.
avg+ | Överlag bra! Man vet vart man ska vända sig i de flesta fall och får hjälp.
@K | Vi har ett bra samarbetsklimat i kommunledningskontoret, folk hjälps åt över avdelningsgränserna.
@V | Stoltheten över det vi gör. Medarbetarna är fantastiska, trots allt.
upp+ @K | Upphandlingsenheten är kunnig, bra samarbete i de stora upphandlingarna.
hr+ @Förskolechef | HR:s stöd när vi slog ihop två förskolor, både med MBL och med att prata med personalen.
eko+ @Avdelningschef @Verksamhetschef | Controllern är en bra sparringpartner i budgetarbetet, hjälper mig att se helheten.
"""

BAD = r"""
it- | IT-ärenden tar veckor. Jag har haft ett ärende öppet i TopDesk sedan juni.
it- | IT-supporten är svår att nå, man hamnar i kö och ärendet bollas mellan olika grupper.
it- @V | Lifecare krånglar och ingen vet vem som äger systemet. IT säger att det är verksamheten och verksamheten säger IT.
it- @V | Behörigheter i Lifecare för nyanställda tar 2–3 veckor. Under tiden kan de inte dokumentera.
it- @B | Chromebooks som går sönder blir liggande i veckor och eleverna står utan dator.
it- @B | IT-stödet till skolan räcker inte, en tekniker på fem skolor. Lärarna blir IT-support.
it- | Nya datorer tar evigheter att få. Beställde i maj och fick den i september.
it- | Digitaliseringen går för långsamt, andra kommuner har kommit mycket längre.
it- @V | Vi har fortfarande pappersrutiner i hemtjänsten som borde varit digitala för länge sedan. Planeringen görs i Excel bredvid TimeCare.
| Oklart vart man vänder sig. Jag ringer ofta tre personer innan jag hittar rätt.
| Svårt att veta vem som gör vad på kommunledningskontoret, organisationen ändras hela tiden.
| Dubbelarbete: vi har en egen administratör i sektorn som gör samma sak som ekonomi centralt, fast på ett annat sätt.
| Dubbelarbete mellan sektorns stöd och det centrala stödet, och ingen vet riktigt vem som ansvarar för vad.
kan- | För många styrdokument. Jag hinner inte läsa alla riktlinjer och rutiner som kommer ut.
kan- | Tjänsteskrivelserna ska gå igenom för många led, det tar veckor att få upp ett ärende i nämnden.
| För många mål och för mycket uppföljning i olika system. Stratsys, Hypergene och egen Excel. Vem läser allt det där?
upp- | Upphandling är krånglig och tar alldeles för lång tid. Vi fick vänta åtta månader på ett nytt avtal.
upp- | Upphandlingsenheten säger nej men hjälper inte till att hitta en lösning.
upp- @S | Upphandlingar av entreprenader drar ut på tiden, vi har tappat en hel byggsäsong två år i rad.
upp- | Avtalskatalogen är svår att hitta i och avtalen är ofta utgångna när man väl hittar dem.
@V @Enhetschef | För stor personalgrupp. Jag har 55 medarbetare, det går inte att vara en närvarande chef.
@V @Enhetschef | 48 medarbetare och ingen biträdande. Administrationen äter upp tiden för medarbetarsamtal och APT.
| Den administrativa bördan ökar hela tiden. Allt som ska "förenklas" centralt hamnar hos chefen i ett nytt system.
| Chefen har blivit sin egen administratör: fakturor, attester, schema, rekrytering, rapporter. När ska jag leda?
eko- | Ekonomirapporterna är svåra att läsa. Jag förstår inte vad prognosen bygger på.
eko- | Controllern har för många enheter, man får ingen tid förrän det brinner.
eko- | Budgeten kommer för sent och ändras flera gånger under året.
kom- | Kommunikation är svårt att få hjälp från, de prioriterar kommunövergripande saker.
kom- | Vill man ha hjälp med en text eller en annons får man vänta flera veckor.
kom- @V | Ingen hjälp med att berätta om det bra vi gör, det blir bara negativa rubriker om äldreomsorgen.
lok- @B | Lokalfrågor fastnar och ingen tar ansvar. Vi har väntat två år på att ventilationen ska åtgärdas.
lok- | Lokalförsörjning: man vet aldrig vem som bestämmer, fastighet, lokalstrategen eller sektorn.
lok- @Förskolechef | Förskolan har för trånga lokaler och det tar år innan något händer. Paviljongen var tillfällig 2019.
hr- | HR har blivit mer av en kontrollfunktion än ett stöd.
hr- | Svårt att få tag på HR-konsulten, hon har för många chefer att stötta.
hr- | Rekryteringarna tar lång tid och Visma Recruit är krångligt för både oss och de sökande.
hr- @V | Bemanningsenheten har inte folk när vi behöver, så vi ringer in vikarier själva ändå.
vu- | Verksamhetsutveckling vet jag inte vad de gör. Har aldrig fått hjälp därifrån.
vu- | Projekt startar centralt utan att verksamheten är med, och sen ska vi genomföra dem.
avg- | Vi och dom-känsla mot kommunledningskontoret. De förstår inte hur det ser ut i verksamheten.
| Information kommer sent, ofta samma dag som det ska genomföras.
kom- | Det är för många kanaler: mejl, intranät, Teams. Viktig information försvinner.
| Beslut fattas utan att vi första linjens chefer tillfrågas.
it- | Verksamhetssystemen pratar inte med varandra, vi matar in samma uppgifter två gånger.
it- | Ingen äger systemen. När något slutar fungera vet ingen vem som ska beställa ändringen.
it- | IT-ärenden bollas mellan supporten och leverantören och jag får ingen återkoppling.
it- @K | Även vi centralt väntar länge på IT. Det finns inte resurser att ta fram de e-tjänster vi har lovat.
jur- | Juristen är överbelastad, man får vänta veckor på svar.
jur? | Vet inte om vi har någon jurist? Vi har köpt in juridiskt stöd externt vid två tillfällen.
kan- | Nämndadministrationen är tungrodd, allt ska via kansliet och det tar tid.
kan- | Delegationsordningen är otydlig och ändras utan att cheferna informeras.
hr- | Svårt att rekrytera och ingen hjälp att tänka nytt kring kompetensförsörjningen.
@B | Elevhälsan räcker inte till, kuratorer och psykologer har alldeles för många elever.
@Rektor @Biträdande_rektor | Skoladministrationen är underbemannad och rektorn får göra det mesta själv.
avg- | Tiden. Allt tar för lång tid, oavsett vilken funktion det gäller.
| För mycket rapportering uppåt, för lite hjälp tillbaka.
eko- @V | Vi får kritik för underskottet men ingen hjälper oss att analysera varför. Hemtjänsttimmarna ökar ju varje månad.
| Sparkrav utan att någon säger vad vi ska sluta göra. "Göra mer med mindre" går inte i längden.
eko- @S | Svårt att få ekonomi att förstå våra verksamheter, allt är anpassat efter skola och omsorg.
@S | Politiska uppdrag kommer utan resurser och utan tidplan.
| Chefer slutar och det tar tid att ersätta dem, då får vi andra täcka upp.
it- | Lösenordsbyten och MFA-strul tar mycket tid, särskilt för medarbetare som inte jobbar vid dator.
it- @V | Medarbetarna i hemtjänsten har gemensamma telefoner som inte fungerar med appen. Har felanmält flera gånger.
it- kom- | Intranätet är omöjligt att hitta i, sökfunktionen fungerar inte.
@S @K | Stödet är anpassat för de stora sektorerna, vi små enheter blir bortglömda.
| Det är personberoende. Har man tur med sin HR-konsult och controller är det bra, annars inte.
avg- | Handläggningstider överallt. Man vet aldrig vad man kan förvänta sig.
| Det finns inga servicenivåer. Man vet inte om man får svar om en dag eller en månad.
upp- @B | Inköp av möbler måste gå via avtal med dåliga produkter och långa leveranstider.
upp- | Ramavtalen passar inte oss. Vi får inte köpa lokalt fast det ofta är billigare.
| Skuggorganisationer växer i sektorerna eftersom det centrala stödet inte räcker. Sen blir allt dubbelt.
@K | Sektorerna bygger upp egna administratörer och controllers, då blir vårt uppdrag otydligt.
@K | Vi får beställningar från sektorerna via alla möjliga kanaler och har inget ärendesystem. Svårt att prioritera.
kan- @K | Nämndadministrationen borde digitaliseras. Vi sitter fortfarande med papper och pärmar i vissa delar.
avg- | Alldeles för många möten, inte minst de centrala.
avg+ | Inget fungerar direkt dåligt, men det går långsamt ibland.
avg+ | Det mesta fungerar. Lite långa svarstider emellanåt.
it- @B | Licenser till läromedel och system: ingen har helhetsbilden och vi betalar ibland dubbelt.
it- lok- @V | Larmen på boendet och trygghetslarmen, ingen vet om det är IT eller fastighet som ansvarar.
| Nya rutiner kommer via mejl utan förklaring. "Från och med måndag gäller..."
hr- @V | Löneadministrationen för timanställda är krånglig, vi får rätta fel i efterhand varje månad.
eko- | Uppföljningen sker i flera system och siffrorna stämmer inte mellan dem.
@V @B | Stöd när medarbetare utsätts för hot och våld, det har jag fått lösa själv.
@V | Sjukskrivningarna är höga och jag hinner inte med rehabarbetet som jag borde.
kom- | Krångligt att få ut något på webben, allt måste gå via kommunikation.
it- | Mycket prat om digitalisering men inget händer i praktiken.
avg- | Allt går för långsamt, ärligt talat. Svårt att peka på en sak.
| Oklart mandat. Vad får jag som chef bestämma själv och vad ska upp?
@B | Vikarieanskaffningen fungerar dåligt, vi sitter och ringer själva på morgonen.
lok- @S | Lokalförsörjningsplanen finns men följs inte, besluten fattas ad hoc.
@V | Nattpersonalen får ingen information, allt går ut dagtid via intranätet.
| Lite dubbelkommando, både sektorn och kommunledningskontoret ger uppdrag till mig.
it- @S | Vårt ärendesystem för bygglov är gammalt och IT har inte tid att hjälpa oss uppgradera.
vu- | Verksamhetsutvecklarna sitter centralt och är långt från verksamheten. Det blir powerpoint, inte förändring.
hr- | HR:s processer ser bra ut på papper men tar tid, rekryteringsprocessen har fler steg än förut.
it- upp- | Det så kallade "lilla stödet" (vaktmästare, lokalvård, kök) fungerar; det stora stödet, IT och upphandling, gör det inte.
| Att "en väg in" har pratats om i flera år men aldrig blivit av.
it- kan- | - IT-ärenden tar för lång tid\n- för många styrdokument\n- tjänsteskrivelser som ska skrivas om tre gånger
it- @V | 1. Lifecare\n2. TimeCare\n3. att ingen äger någon av dem
| Vi har fått fler uppdrag men inte mer resurser. Det är ekonomin som styr allt nu.
@V | Demografin: fler äldre, fler med omfattande behov, men samma budget. Det går inte ihop.
@Förskolechef | Färre barn i vissa områden och ingen plan för vad som ska hända med förskolorna där.
@V | Vi tappar undersköterskor och sjuksköterskor till regionen och har svårt att rekrytera nya.
@B | Det är svårt att rekrytera behöriga lärare och HR har inga nya idéer.
@K | Vi springer mellan akuta ärenden från sektorerna och hinner aldrig med det strategiska arbetet.
kom- @B | Vi fick ingen hjälp med kommunikationen till vårdnadshavare när skolan skulle läggas ner. Det blev rörigt.
"""

MISSING = r"""
| En väg in. Ett ställe att ringa eller skriva till oavsett vad det gäller.
| En väg in för allt stöd, gärna ett ärendesystem där man kan följa sitt ärende.
| En tjänstekatalog som beskriver vad stödet gör och vad jag kan förvänta mig.
| Tydlighet i vem som gör vad. En tjänstekatalog, eller bara en lista med namn och telefonnummer.
| Administrativt stöd nära chefen. Någon som tar fakturor, schema och beställningar.
@V | En administratör per verksamhetsområde som avlastar enhetscheferna. Vi lägger ca 40 % av tiden på administration.
@Rektor @Biträdande_rektor | Fler skoladministratörer. Rektor ska leda lärandet, inte attestera fakturor.
eko- | Bättre rapporter. Jag vill kunna se mitt utfall per månad på ett enkelt sätt utan att behöva fråga controllern.
eko- | Ekonomirapporter som går att förstå för den som inte är ekonom.
it- | Stöd i digitalisering. Vi har idéer men ingen som hjälper oss genomföra dem.
it- | Någon som kan hjälpa till att automatisera enkla saker. Det finns mycket att vinna.
it- @V | Digitala lösningar i hemtjänsten, t.ex. digitala nycklar som fungerar och planering i mobilen.
it- | En digitaliseringsplan för hela kommunen så vi vet vad som prioriteras och när.
kom- | En kommunikatör som hjälper till med texter, sociala medier och rekryteringsannonser.
kom- @B | Hjälp att kommunicera med vårdnadshavare vid kriser, t.ex. vid hot mot skolan.
kom- @S | En kommunikatör knuten till sektorn som kan informera invånarna om våra projekt.
it- | Överenskomna servicenivåer. Hur lång tid får ett IT-ärende egentligen ta?
hr- | Mer stöd i rekrytering, framför allt för de svårrekryterade grupperna.
| Stöd i kompetensförsörjningen, en plan för hur vi ska klara rekryteringarna de närmaste åren.
@V @B | Mindre personalgrupper så att man kan vara chef på riktigt.
@V @Enhetschef | Biträdande enhetschef eller samordnare när gruppen är över 40 personer.
avg- | Tid att vara chef, helt enkelt.
| Färre styrdokument, och ett ställe där de finns samlade och uppdaterade.
kan- | En enklare process för tjänsteskrivelser och ärenden till nämnden.
upp- | Stöd i upphandling tidigt, någon som hjälper till att skriva kravspecifikationen.
upp- | Enklare regler för små inköp och en avtalskatalog som är uppdaterad.
jur? | Tillgång till jurist utan att behöva vänta i veckor.
jur? @V | Juridiskt stöd i myndighetsutövningen, särskilt inför förhandlingar och överklaganden.
lok- | En tydlig lokalförsörjningsprocess med en kontaktperson.
lok- @B | Någon som tar ett helhetsgrepp om skolans lokaler, inte bara felanmälan.
vu- | Stöd i verksamhetsutveckling och processkartläggning, vi hinner inte med det själva.
vu- | Någon som kan hjälpa till med analys av våra nyckeltal och jämförelser med andra kommuner.
| Uppföljning i ett system istället för tre.
| Att någon frågar oss innan man inför nya rutiner.
| Återkoppling. Jag rapporterar in men får aldrig veta vad som händer med det.
| Chefsnätverk med kollegor i samma situation. Det är ensamt ibland.
| Mentorskap för nya chefer, det hade jag behövt första året.
| Ett introduktionsprogram för nya chefer som täcker allt stöd, inte bara HR-delen.
it- @B | IT-tekniker på plats på skolorna några dagar i veckan.
it- @V | Någon som äger Lifecare och kan vidareutveckla systemet tillsammans med oss.
| Helhetssyn. Alla stödfunktioner jobbar var för sig.
| Samordning mellan sektorernas stöd och det centrala, ingen ska behöva göra samma sak två gånger.
hr- | En HR-konsult som har tid. Nu delar hon på ca 35 chefer.
eko- | En controller som kommer ut oftare, helst en gång i månaden.
| Mer tid med min egen chef.
| En gemensam kontaktpunkt, typ kontaktcenter, för oss chefer.
| Stöd i svåra samtal och konflikter i arbetsgruppen.
@V @B | Krisstöd och stöd vid hot och våld mot personal.
it- | Utbildning i systemen vi förväntas använda. Oftast får man bara en manual.
| Stöd i att prioritera. Allt är viktigt hela tiden.
| Tydligare ansvarsfördelning mellan central nivå och sektorn.
| Att stödet kommer till oss istället för att vi ska leta upp det.
avg+ | Inget särskilt, jag är ganska nöjd med stödet som det är.
avg+ | Egentligen inget. Det mesta finns, men man måste veta var.
| Vet inte riktigt, det är nog mer att det som finns ska fungera bättre.
@B | Stöd kring anpassningar och särskilt stöd till elever, elevhälsan räcker inte till.
@Rektor | En gemensam rutin för skolskjuts, kost och lokaler så att inte varje rektor ska lösa allt själv.
@V | En bemanningsenhet som faktiskt kan leverera vikarier.
@S | Projektledare för investeringarna. Nu får enhetscheferna driva byggprojekt vid sidan av.
@S it- | GIS och e-tjänster för bygglov och tillsyn.
@K | En beställarfunktion eller ett ärendesystem så att vi ser vad sektorerna efterfrågar.
@K | Ett tydligt uppdrag från ledningen om vad vi ska leverera och till vem.
it- | AI-stöd för att skriva protokoll, sammanfatta och svara på vanliga frågor. Det borde gå idag.
it- | E-tjänster för invånarna så vi slipper ta emot blanketter på papper.
| Färre mål. Hellre tre som betyder något än tjugo som ingen följer upp.
eko- | Ekonomiskt stöd i att räkna på konsekvenser inför nämnden när vi måste spara.
| Bättre kommunikation från ledningen om varför beslut tas.
hr- | Ett lönesystem som går att förstå för medarbetarna, nu hamnar alla frågor hos mig.
kom- | Ett intranät där man hittar rätt information.
| En rutin för vem som gör vad vid nyanställning: dator, behörigheter, nycklar, lön. Nu gör jag allt.
vu- | Stöd för att mäta kvalitet och inte bara ekonomi.
kom- | Hjälp med internkommunikation till medarbetare som inte sitter vid dator.
@V | Schemastöd, någon som kan TimeCare på djupet och hjälper oss lägga hållbara scheman.
upp- @S | Upphandlare som förstår entreprenader och kan branschen.
| En administrativ pool som flera enheter kan dela på.
hr- | Mer stöd i arbetsmiljöarbetet, SAM känns mest som pappersarbete.
| En plan för hur vi ska klara ekonomin de kommande åren, inte bara en ettårsbudget.
it- | En tydlig ingång till IT där man får en människa i andra änden.
@V | Stöd i att hantera demografin. Vi får fler äldre men inte mer pengar.
@Förskolechef | Vi har färre barn i vissa områden och behöver stöd i att planera förskoleplatserna.
| Att få vara med tidigt när saker ska förändras.
avg- | Bättre samarbete mellan sektorerna. Nu är det mycket vi och dom.
avg+ @K | Kanske mer tid för utvecklingsarbete istället för drift.
hr- | Lönekonsult som går att nå per telefon.
| Tydlighet! Vem gör egentligen vad?
| 1. En väg in\n2. Tjänstekatalog\n3. Admin nära chefen
it- kom- | Hjälp med digitalisering; och en kommunikatör som kan hjälpa oss nå ut. Båda saknas idag.
| Ett "chefsstöd" värt namnet: en person att ringa när det brinner, oavsett om det är HR, IT eller ekonomi.
@Avdelningschef @Verksamhetschef | Ledningsstöd på verksamhetsnivå: analys, uppföljning och någon som kan skriva underlag.
@B it- | Stöd för att ta fram en plan för digitala verktyg i undervisningen, inte bara att köpa in Chromebooks.
"""
