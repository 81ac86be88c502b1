"""What is said in the demo engagement's interviews: Exempelkommun, a fictional municipality.

Each interview is a script of turns: "I" is the interviewer, "R" the interviewee, "R1".."R6"
the participants of a group in the order of the log's `deltagare`. `make_demo.py` renders
these into the transcript formats of the inbox. All people are fictional.
"""

from __future__ import annotations

INTERVIEWS: dict[str, str] = {}

INTERVIEWS["01_kommundirektor"] = """
I: Tack för att du tar dig tid. Kan du börja med att beskriva hur du ser på kommunens läge just nu?
R: Ja, alltså, vi står inför en ganska tuff period. Skatteintäkterna ökar inte i den takt som kostnaderna gör, och vi har en demografi där andelen äldre över 80 ökar kraftigt de kommande tio åren. Samtidigt minskar barnkullarna i vissa områden, så vi får ställa om förskolan ganska rejält.
R: Så vi måste göra mer med mindre, helt enkelt. Det är ingen slogan, det är verkligheten för alla sektorer.
I: Mm. Hur påverkar det stödfunktionerna?
R: Det påverkar dem mycket. Jag tror att vi har byggt upp ett stöd som är ganska splittrat. Vi har ett centralt ekonomikontor, centrala HR, IT och kommunikation, men sen har sektorerna över tid anställt egna administratörer, egna controllers och i något fall en egen kommunikatör. Det blir ett slags skuggorganisation.
R: Och det är inte så att någon har gjort fel, det har vuxit fram för att cheferna inte har fått det stöd de behövt. Men resultatet är att vi inte vet vad vi har, och vi betalar ibland två gånger för samma sak.
I: Har du något exempel?
R: Ja, t.ex. uppföljningen. Ekonomikontoret tar fram en månadsrapport, och sen gör vård och omsorg en egen rapport i Excel med delvis samma siffror. Cheferna får alltså två rapporter som inte alltid stämmer överens.
I: Hur ser du på styrmodellen i det här sammanhanget?
R: Ärligt talat har vi för många mål. Fullmäktige har sina mål, nämnderna bryter ner dem, och sen har vi planer och program ovanpå det. Vi räknade förra året och kom fram till ett sextiotal styrdokument som en enhetschef i teorin ska förhålla sig till. Det går inte.
R: Och uppföljningen sker i Stratsys, men ingen använder egentligen det som kommer ut. Det blir en rapport för rapportens skull.
I: Vad fungerar bra, om du tänker på ledningen?
R: Jag tycker att ledningsgruppen har blivit mycket bättre de senaste två åren. Vi pratar mer om helheten och mindre om vår egen sektor. Sektorscheferna tar ansvar för kommunen som helhet, det är en tydlig förändring.
R: Men det har inte riktigt sipprat ner. Ute i organisationen finns fortfarande ett vi och dom, både mellan sektorerna och mot kommunledningskontoret.
I: Hur märks det?
R: Man pratar om centralen som något som bestämmer och kräver saker, inte som ett stöd. Och centralen upplever att sektorerna gör som de vill. Den tilliten måste vi bygga, och det gör man inte med ett nytt organisationsschema.
I: Vad hoppas du att den här genomlysningen ska leda till?
R: Jag hoppas att vi får en tydlig bild av vad vi faktiskt har för stödresurser, hur många årsarbetare och var de sitter. Och sen förslag på hur stödet kan bli mer enhetligt, en väg in för cheferna, så att en rektor eller en enhetschef vet vart den ska vända sig.
R: Jag vill också att vi tittar på första linjens chefer. Vi har enhetschefer med över femtio medarbetare, och de drunknar i administration.
I: Om vi behöver komplettera något, hur når vi dig bäst?
R: Du kan ringa min assistent på 070-312 45 67, hon har koll på min kalender.
I: Tack så mycket.
R: Tack själv.
"""

INTERVIEWS["02_sektorschef_bou"] = """
I: Välkommen. Kan du berätta lite om din sektor och dina utmaningar?
R: Barn och utbildning är kommunens största sektor med ungefär 1 600 medarbetare, förskola, grundskola och gymnasium. Och vi har ett elevunderlag som förändras, i tätorten växer det medan det minskar på landsbygden. Vi kommer att behöva stänga eller slå ihop förskolor, och det är politiskt känsligt.
I: Hur fungerar stödet du och dina chefer får?
R: Det är blandat. HR fungerar riktigt bra, det vill jag verkligen säga. Vår HR-konsult är kunnig och snabb, särskilt i rehabärenden och när det blir arbetsrättsliga frågor. Där känner rektorerna sig trygga.
R: Ekonomistödet är också bra på det sättet att vi har en controller som sitter med i vår ledningsgrupp. Men rapporterna är för tunga. En rektor ska inte behöva tolka en tabell med fyrtio rader för att förstå om skolan går med underskott.
I: Och IT?
R: IT är svårare. Vi har tusentals Chromebooks och ett antal lärplattformar, och när något går sönder så läggs ett ärende i TopDesk som sen kan ligga i veckor. Ingen vet riktigt vem som äger systemen, är det IT-avdelningen eller är det vi?
R: Vi har faktiskt anställt två egna IT-tekniker i sektorn för att klara vardagen. Det är ju dubbelarbete egentligen, men annars står undervisningen still.
I: Mm, precis.
R: Ja.
I: Hur ser det ut med rekrytering?
R: Kompetensförsörjningen är nog det som oroar mig mest på sikt. Vi har svårt att få behöriga lärare i vissa ämnen, t.ex. matematik och moderna språk, och förskollärare är det brist på överallt. Och rektorer slutar, vi har haft en omsättning på ungefär var fjärde rektor på tre år.
I: Varför tror du att rektorerna slutar?
R: En del är ju naturligt, men jag hör ofta att uppdraget är för stort. Rektorerna har personalansvar för femtio, sextio personer, de har budget, de har elevhälsan och så all administration som landar hos dem. Det finns inget administrativt stöd nära dem på riktigt.
I: Vad skulle kunna göra skillnad?
R: Jag tror på en skoladministratör per rektorsområde, eller någon form av gemensam administrativ funktion som tar hand om det som inte kräver en rektor. Och så en tydligare ingång till det centrala stödet, en väg in, i stället för att man ska behöva veta vem man ska ringa.
R: Sen skulle digitaliseringen kunna hjälpa oss mycket, t.ex. automatisera frånvarohanteringen och schemaläggningen. Men vi ligger efter där, och vi har ingen gemensam prioritering av vilka digitala satsningar kommunen ska göra.
I: Hur upplever du samarbetet med kommunledningskontoret?
R: Det har blivit bättre. Kommundirektören lyssnar och är tydlig med vad hon vill. Men på tjänstepersonsnivå upplever många att centralen mest skickar ut krav och mallar. Det finns ett vi och dom som vi måste jobba bort.
I: Tack, det var väldigt värdefullt.
"""

INTERVIEWS["03_sektorschef_vo"] = """
I: Kan du börja med att beskriva vård och omsorg i dag?
R: Ja. Vi är ungefär 1 400 medarbetare, hemtjänst, särskilda boenden, LSS och individ- och familjeomsorg. Och vi har ett underskott på ca 12 miljoner i år, mycket beroende på placeringskostnader inom IFO och höga sjuktal i hemtjänsten.
R: Och behoven ökar hela tiden. Vi blir fler äldre och fler med komplexa behov, samtidigt som ramarna i princip står still.
I: Hur fungerar stödet till dina chefer?
R: HR är en styrka. Våra HR-konsulter kan verksamheten och hjälper enhetscheferna med allt från sjukskrivningar till svåra samtal. Lönekontoret är också pålitligt, det fungerar helt enkelt.
R: IT-stödet däremot är vår största huvudvärk. Ett ärende i TopDesk kan ligga i veckor, och ingen vet riktigt vem som äger Lifecare. Är det IT eller är det vi? När systemet krånglar på ett boende en fredagskväll så står personalen utan dokumentation.
I: Mm.
R: Vi har därför en egen systemförvaltare i sektorn, men hon är ensam och sårbar.
I: Hur ser det ut för enhetscheferna?
R: De har alldeles för stora personalgrupper. En enhetschef i hemtjänsten kan ha 55, 60 medarbetare, med scheman i TimeCare, bemanning varje morgon och rehabärenden på det. Många känner sig ensamma och att de inte blir lyssnade på.
R: Vi tappar chefer, och det är dyrt. Varje gång en enhetschef slutar så tar det ett halvår innan enheten är stabil igen.
I: Vad skulle du vilja ändra i stödet?
R: Jag skulle vilja att stödet kommer närmare verksamheten. Inte att allt ska ut i sektorerna, men att det finns någon som cheferna känner och kan ringa. Och ett tydligt beställningssätt, en tjänstekatalog där det står vad IT och ekonomi faktiskt levererar och på vilken tid.
I: Finns det något kring styrningen du vill lyfta?
R: Vi har för många dokument och för många uppföljningar. Socialnämnden vill ha sin uppföljning, kommunstyrelsen sin, och så har vi kvalitetsledningssystemet. Samma siffror rapporteras i tre olika system. Det tar tid från cheferna som borde vara ute i verksamheten.
R: Och beredningsprocessen till nämnden är tungrodd, en tjänsteskrivelse ska passera fyra, fem personer innan den kommer till ordföranden.
I: Hur upplever du samarbetet med de andra sektorerna?
R: Ledningsgruppen har blivit bättre på att prata om helheten. Men i vardagen är det fortfarande väldigt mycket stuprör. Skolan och socialtjänsten borde samarbeta kring barn som far illa, men där finns både sekretessfrågor och ett vi och dom.
I: Om vi har följdfrågor?
R: Mejla mig gärna, helena.forsberg@exempelkommun.se, så svarar jag så fort jag kan.
"""

INTERVIEWS["04_sektorschef_sbf"] = """
I: Vill du börja med att berätta om sektorn?
R: Samhällsbyggnad är ganska liten jämfört med de andra, ungefär 280 medarbetare. Vi har plan och bygg, gata och park, miljö och kost och lokalförsörjning. Vi är ju både myndighet och service, så det är en bred verksamhet.
I: Hur ser du på utvecklingen framåt?
R: Kraven ökar hela tiden, t.ex. på klimatanpassning och handläggningstider, men ekonomin gör det inte. Och vi har svårt att rekrytera, framför allt bygglovshandläggare och ingenjörer. Där konkurrerar vi med konsultbolag som betalar mycket mer.
I: Hur fungerar stödfunktionerna för er?
R: Upphandling är en flaskhals. En upphandling av en ny lekplats kan ta ett halvår, och det känns krångligt, LOU är som det är men vi får lite hjälp att navigera i det. Ibland väljer cheferna att inte göra något alls för att det är för krångligt.
R: Kommunikationsstödet är också svårt att få. Vi har mycket information till medborgarna, vägarbeten, avfall, och kommunikatörerna hinner inte. Så vi skriver själva, och det blir inte alltid så bra.
I: Och ekonomi och HR?
R: HR fungerar bra, de är lyhörda. Ekonomistödet fungerar också, vår controller är bra, men det är svårt att få fram investeringsuppföljningen. Den görs i ett separat Excelark som bara en person förstår.
I: Mm. Hur är det med lokalförsörjningen, den ligger ju hos er?
R: Ja, och där får vi kritik från de andra sektorerna, det ska jag erkänna. Det är oklart vem som bestämmer när en förskola ska byggas om, sektorn som är hyresgäst eller vi som fastighetsägare. Ansvarsfördelningen är inte tydlig, och då blir det långa diskussioner.
I: Vad tror du på för lösningar?
R: Jag tror på en gemensam lokalförsörjningsprocess där behoven prioriteras på kommunövergripande nivå. Och kanske en gemensam servicefunktion för stödet, så att man har en väg in.
R: Sen tror jag att digitaliseringen är en möjlighet för oss, e-tjänster för bygglov och felanmälan t.ex. Men IT har inte resurser att hjälpa oss, så det blir inget.
I: Hur upplever du kulturen i ledningen?
R: Det är ett bra klimat, man kan säga vad man tycker. Kommundirektören är tydlig. Men jag tror att det finns en känsla av att de stora sektorerna får mest uppmärksamhet.
I: Tack.
R: Tack själv.
"""

INTERVIEWS["05_hr_chef"] = """
I: Hur skulle du beskriva HR-funktionen i dag?
R: Vi är ett centralt HR-kontor med HR-konsulter som är knutna till varje sektor, plus lönekontoret och en arbetsrättsfunktion. Totalt är vi 24 årsarbetare. Jag tycker att vi har en bra modell, cheferna vet vem deras HR-konsult är.
I: Vad fungerar bra?
R: Rehabprocessen har vi jobbat mycket med, och den fungerar. Vi har kortat tiden från första sjukskrivningsdag till rehabsamtal rejält. Och lönekontoret har väldigt få fel, det är en styrka vi inte pratar så mycket om.
I: Och vad fungerar mindre bra?
R: Vi räcker inte till för alla chefer. Första linjens chefer med stora grupper behöver mycket stöd, och vi hinner mest med det akuta. Det strategiska arbetet med kompetensförsörjning blir lidande.
R: Och sektorerna har börjat bygga egna HR-lösningar, det finns t.ex. en HR-strateg i vård och omsorg som inte har någon koppling till oss. Det gör det svårt att hålla ihop arbetsgivarfrågorna.
I: Mm.
R: Ja.
I: Hur ser du på rekryteringsläget?
R: Det är den stora frågan. Vi konkurrerar om socialsekreterare, sjuksköterskor och lärare med alla andra kommuner i länet. Vi behöver ett gemensamt employer branding-arbete, och ärligt talat behöver vi se över hur vi använder de kompetenser vi har.
I: Har ni några systemstöd som ställer till det?
R: Absolut, vi har Visma för lön och personal, TimeCare för schemaläggning och en separat rekryteringsplattform, och de pratar inte med varandra. Cheferna matar in samma uppgifter flera gånger.
R: Och vi har haft incidenter med personuppgifter. Vi hade ett fall där en medarbetare skickade sitt personnummer 19780412-1239 i ett vanligt mejl till en hel arbetsgrupp. Det visar att vi behöver säkrare rutiner och bättre digitala flöden.
I: Hur ser du på samarbetet med de andra stödfunktionerna?
R: Vi jobbar bra ihop med ekonomi. Med IT är det svårare, vi har väntat på en digital anställningsprocess i två år. Ingen har prioriterat den.
I: Vad skulle du vilja se framåt?
R: En tydlig tjänstekatalog för hela stödet. Vad kan en chef förvänta sig av HR, av ekonomi, av IT. Och en gemensam ingång så att chefen inte behöver leta. Jag tror att det skulle minska skuggorganisationerna också.
"""

INTERVIEWS["06_it_chef"] = """
I: Kan du beskriva IT-avdelningens uppdrag?
R: Vi ansvarar för infrastruktur, nätverk, support och en del av systemförvaltningen. Vi är 18 personer, och vi har ungefär 5 000 användare och säkert 200 system att hålla ordning på. Det säger ju sig självt att det inte går ihop.
I: Hur ser du på kritiken mot IT-stödet?
R: Jag förstår den. Ärenden ligger för länge, det stämmer. Men mycket handlar om att det är oklart vem som äger systemen. Vi får ärenden om Lifecare och Procapita, men vi har inget mandat att prioritera i dem, det ligger hos verksamheten.
R: Så ärendet bollas mellan oss och sektorn, och användaren hamnar mitt emellan. Det är ett strukturellt problem, inte att mina medarbetare inte gör sitt jobb.
I: Mm. Vad skulle lösa det?
R: En tydlig systemförvaltningsmodell där varje system har en ägare i verksamheten och en förvaltare. Och så en gemensam prioritering av utvecklingen, i dag kommer beställningarna från alla håll och den som skriker högst får hjälp.
I: Hur ser du på digitaliseringen i kommunen?
R: Vi ligger efter, det måste man säga. Andra kommuner har kommit längre med e-tjänster och automatisering. Vi har pengar till drift men nästan inget till utveckling. Och vi har svårt att rekrytera, en systemutvecklare kostar betydligt mer än vad vi kan betala.
R: Jag tror att AI och automatisering kan frigöra mycket tid, t.ex. i ekonomiadministrationen och i socialtjänsten. Men då krävs en plan och att någon tar ett helhetsgrepp.
I: Finns det IT-resurser ute i sektorerna?
R: Ja, och det är en del av problemet. Barn och utbildning har egna IT-tekniker, vård och omsorg har en egen systemförvaltare. De gör ett bra jobb, men det blir parallella strukturer och vi vet inte alltid vad som händer.
I: Hur är samarbetet med andra stödfunktioner?
R: Det kan bli bättre. HR och vi borde ha jobbat ihop med den digitala anställningsprocessen för länge sedan. Vi har inte haft resurser, och ingen har sagt att det är prioriterat.
I: Och om vi behöver nå dig?
R: Skicka ett mejl till tomas.berglund@exempelkommun.se eller ring växeln 08-123 456 78 så kopplar de dig.
"""

INTERVIEWS["07_kanslichef"] = """
I: Kan du beskriva kansliets roll?
R: Kansliet är nämndernas och kommunstyrelsens sekretariat. Vi har nämndsekreterare, registratur, arkiv och kommunjuristen. Vi är åtta årsarbetare, men i praktiken färre eftersom två av oss har deltid i projekt.
I: Vad fungerar bra?
R: Själva sammanträdena fungerar, protokollen kommer ut i tid. Och registraturen har blivit mycket bättre sedan vi införde det nya ärendehanteringssystemet.
I: Och vad fungerar mindre bra?
R: Beredningsprocessen är alldeles för lång. En tjänsteskrivelse ska passera handläggare, chef, sektorschef, ekonomi, jurist och sen kommundirektören innan den kommer till presidiet. Det tar veckor och ibland faller den mellan stolarna.
R: Och kvaliteten på underlagen varierar mycket. Vissa sektorer skriver bra tjänsteskrivelser, andra inte, och vi på kansliet får lägga mycket tid på att rätta.
I: Mm, precis.
I: Hur ser du på styrdokumenten?
R: Vi har för många. Varje nämnd har sina planer och program, och ingen har överblick. Vi gjorde en inventering och hittade över sextio gällande styrdokument, varav flera motsäger varandra. Det är svårt för en chef att veta vad som gäller.
I: Hur upplever du att sektorerna ser på kansliet?
R: Jag tror att många ser oss som en kontrollfunktion. Vi påpekar fel och skickar tillbaka handlingar. Vi skulle vilja vara mer av ett stöd, men vi hinner inte.
R: Det finns lite av ett vi och dom, och det är synd, för vi vill samma sak.
I: Vad skulle du vilja förändra?
R: Jag skulle vilja ha en gemensam mall och en utbildning i att skriva tjänsteskrivelser, och kortare beredningsvägar. Och en översyn av styrdokumenten, vi borde kunna halvera antalet.
R: Sen vore det bra med en gemensam ingång för stödet. Nu ringer cheferna till kansliet om allt möjligt, från avtal till GDPR, och vi får slussa vidare.
I: Tack.
"""

INTERVIEWS["08_controllers"] = """
I: Hur ser ert uppdrag ut som controllers?
R1: Vi sitter organisatoriskt på ekonomikontoret men jobbar mot var sin sektor. Jag har vård och omsorg, och jag sitter med i deras ledningsgrupp varannan vecka. Det gör att jag förstår verksamheten bättre.
R2: Jag har barn och utbildning, och samma sak där. Närheten är nog det viktigaste vi har. Rektorerna vet vem jag är och ringer när något är oklart.
I: Vad fungerar bra?
R1: Budgetprocessen fungerar, den är förutsägbar. Och månadsuppföljningen kommer ut i tid.
R2: Ja, och samarbetet med HR kring personalkostnader har blivit bättre det senaste året.
I: Och vad fungerar mindre bra?
R2: Rapporterna är för tunga för cheferna. Vi skickar ut en rapport med ca 40 rader per enhet, och de flesta chefer tittar bara på sista raden. Vi borde göra något enklare.
R1: Och så finns det dubbla strukturer. Vård och omsorg har anställt en egen ekonom som gör egna prognoser i Excel, och ibland får ledningen två olika siffror. Det skapar misstro.
I: Mm. Varför tror ni att det blivit så?
R1: För att vi inte har räckt till. Vi är två controllers på 1 400 medarbetare och fyrtio enheter. Då tar sektorn saken i egna händer.
R2: Det är samma sak hos oss. Man hittar egna lösningar, och det är begripligt, men det blir dyrt och spretigt i längden.
I: Hur ser ni på systemstödet?
R2: Hypergene fungerar för budget, men det pratar inte med Visma. Vi exporterar och importerar Excel-filer hela tiden.
R1: Det finns mycket att vinna på automatisering där. Vi lägger kanske en tredjedel av tiden på att flytta siffror.
I: Vad skulle ni vilja förändra?
R1: En tydligare rollfördelning mellan oss och sektorernas egna resurser. Och en tjänstekatalog så att chefen vet vad hen kan få för hjälp.
R2: Och enklare rapporter, kanske en sida med tre nyckeltal per enhet. Sen mer tid för dialog med cheferna, det är ju där vi gör skillnad.
"""

INTERVIEWS["09_fokusgrupp_enhetschefer_vo"] = """
I: Välkomna allihop. Vi vill höra hur ni upplever stödet i vardagen. Vem vill börja?
R1: Jag kan börja. Jag är enhetschef i hemtjänsten och har 58 medarbetare. Det är för många. Jag hinner inte ha utvecklingssamtal med alla, och jag sitter med schemat i TimeCare varje kväll.
R2: Jag känner igen det. Jag har 52 på ett boende, och det administrativa tar över. Jag är chef på pappret men administratör i praktiken.
R3: Ja precis.
R3: Hos mig är det samma, och dessutom har vi bytt chef tre gånger på två år på enheten bredvid. Det skapar otrygghet i personalgruppen.
I: Om ni tänker på HR-stödet, hur fungerar det?
R4: HR är bra. När jag hade ett svårt rehabärende i vintras fick jag hjälp samma dag. Vår HR-konsult kan både lagen och verksamheten.
R5: Håller med. Och lönekontoret, man ringer och de löser det.
R2: Men de är för få. Det märks att HR-konsulten har väldigt många chefer att stötta.
I: Och IT?
R5: IT är en katastrof, ärligt talat. Vi väntade sex veckor på att få nya telefoner till nattpersonalen. Och när Lifecare ligger nere vet ingen vem man ska ringa.
R6: Jag ringde Göran Persson på IT till slut, för att jag kände honom sedan tidigare. Det är ju inte så det ska fungera.
R1: Nej, det ska inte hänga på vem man känner.
R3: Vi bollas mellan IT och vår egen systemförvaltare. Ingen tar ansvar för helheten.
I: Mm. Vad tänker ni om styrningen och uppföljningen?
R4: Det är för mycket rapportering. Vi rapporterar till nämnden, till kvalitetsledningssystemet och till ekonomi, och ingen återkoppling kommer tillbaka. Jag vet inte vem som läser det.
R2: Och så kommer det nya dokument hela tiden. Policyer och riktlinjer som vi ska implementera, men ingen tid att göra det.
R6: Jag vill säga att vår verksamhetschef är jättebra på att skydda oss från det värsta. Men det borde inte behövas.
I: Hur upplever ni samarbetet med kommunledningskontoret?
R1: Det känns långt bort. Det är centralen som skickar ut mallar och krav, vi och dom liksom.
R5: Fast kommundirektören var här på arbetsplatsträffen i våras och lyssnade på riktigt. Det uppskattades.
R4: Ja, det var bra. Men sen hände inte så mycket.
I: Om ni fick önska en sak av stödet, vad skulle det vara?
R3: En administratör som sitter nära oss. Någon som kan ta hand om fakturor, scheman och beställningar.
R1: Och en väg in. Ett nummer att ringa oavsett om det gäller IT, lokaler eller ekonomi.
R6: Mindre personalgrupper. Jag skulle vilja vara chef för 30, inte 55.
R2: Och att någon lyssnar innan man inför nya system. Vi blev inte tillfrågade när TimeCare infördes.
R5: Lena på lönekontoret sa att de också vill ha en enklare väg in, så det är nog fler som tänker så.
I: Tack allihop, det här var väldigt värdefullt.
"""

INTERVIEWS["10_fokusgrupp_rektorer"] = """
I: Välkomna. Vi vill gärna höra hur ni som rektorer och förskolechefer upplever stödet ni får. Börja gärna med det som fungerar.
R1: HR fungerar bra för oss. När vi har svåra personalärenden finns de där. Och lönen kommer alltid rätt.
R3: Jag tycker också att vår controller är bra. Hon kommer ut till förskolorna och förklarar, det är ovanligt.
R2: Ja, men ekonomirapporterna är svåra att förstå. Jag har jobbat som rektor i åtta år och förstår fortfarande inte hela rapporten.
I: Mm. Och vad fungerar mindre bra?
R2: IT-stödet för Chromebooks. Vi har ungefär 400 elevdatorer på skolan, och när de går sönder tar det veckor att få dem lagade. Vi har löst det med att en lärare lägger fem timmar i veckan på IT-support. Det är inte hållbart.
R5: Samma hos oss. Och det är oklart vad sektorns egna IT-tekniker gör och vad den centrala IT-avdelningen gör. Vi ringer båda och hoppas att någon svarar.
R4: På förskolan är det lokalerna som är problemet. Vi har väntat två år på att få en ny gård, och ingen kan säga vem som bestämmer. Fastighet säger att det är sektorns budget, sektorn säger att det är fastighet.
R1: Ja, lokalförsörjningen är ett svart hål.
I: Hur upplever ni den administrativa arbetsbördan?
R5: Den är enorm. Jag har 62 medarbetare och ansvar för elevhälsan, och sen ska jag göra systematiskt kvalitetsarbete, attestera fakturor, rapportera frånvaro. Det finns ingen skoladministratör på vår enhet.
R3: Jag har en administratör på halvtid som delas mellan tre förskolor. Hon är guld värd, men hon räcker inte.
R2: Jag vet rektorer som har slutat bara för att de aldrig fick vara pedagogiska ledare.
I: Och styrningen, hur ser ni på den?
R4: För många mål. Vi har kommunens mål, nämndens mål, skollagens krav och så våra egna. Det är svårt att veta vad som är viktigast.
R1: Och uppföljningen görs i Stratsys, som ingen av oss tycker är begriplig. Jag lägger flera dagar per år på att fylla i saker som jag aldrig ser igen.
I: Hur är samarbetet med andra sektorer?
R5: Med socialtjänsten kring barn som far illa är det trögt. Vi har olika system, olika sekretess och det känns som att vi jobbar i olika kommuner.
R2: Det finns ett vi och dom, både mot socialtjänsten och mot kommunledningskontoret.
R3: Men inom vår egen sektor har det blivit bättre. Vi har ett bra rektorsnätverk där vi hjälper varandra.
I: Vad skulle ni vilja förändra?
R5: En skoladministratör på varje enhet, eller åtminstone en gemensam administrativ funktion nära oss.
R2: En enkel ekonomirapport, en sida, inte fyrtio rader.
R4: En tydlig process för lokalfrågor, med någon som äger frågan.
R1: Och en väg in till allt stöd, en tjänstekatalog där det står vad vi kan få.
R3: Vi ringde Maria Ekström förra året om en rekrytering och fick hjälp direkt, så det finns bra exempel att bygga på.
I: Tack, det här var mycket givande.
"""

INTERVIEWS["11_verksamhetschef_ifo"] = """
I: Kan du beskriva verksamheten och läget?
R: Individ- och familjeomsorgen har ungefär 120 medarbetare, barn och unga, vuxen och ekonomiskt bistånd. Vi har ett tufft läge med höga placeringskostnader och en personalomsättning bland socialsekreterarna på över 30 procent.
R: Vi har i princip alltid vakanser, och vi har fått ta in konsulter, vilket är dyrt. Det påverkar både ekonomin och kvaliteten.
I: Hur fungerar stödet för er?
R: HR har varit ett bra stöd i rekryteringsarbetet, de har hjälpt oss med annonser och intervjuer. Men det stora problemet är att vi inte får tag på folk, och det kan HR inte lösa ensamma.
R: Ekonomistödet är okej. Vi får månadsrapporter, men vi behöver mer analys kring placeringarna, vad som driver kostnaderna.
I: Och IT?
R: Procapita är vårt verksamhetssystem, och det är gammalt och krångligt. När vi behöver hjälp vet vi inte om vi ska vända oss till IT eller till vår egen systemförvaltare. Ärendena bollas.
R: Digitaliseringen kunde hjälpa oss mycket, t.ex. automatiserad handläggning av ekonomiskt bistånd. Det har andra kommuner gjort. Men vi har inte kommit någonstans.
I: Mm.
I: Hur är samarbetet med skolan och andra?
R: Det måste bli bättre. Vi och skolan har samma barn, men vi har olika system, olika ledningar och olika kulturer. Det blir ett vi och dom där ingen tar helhetsansvar för barnet.
I: Vad tror du skulle hjälpa?
R: En gemensam struktur för samverkan kring barn och unga, med tydliga roller. Och en kommunövergripande plan för digitalisering där vi får vara med och prioritera.
R: Och så tror jag att vi behöver se över ledarskapet. Våra gruppledare har 15 socialsekreterare var och det fungerar, men enhetscheferna ovanför har för mycket administration.
I: Om vi vill nå dig igen?
R: Ring mig på 0703-45 67 89, det går bäst.
I: Tack så mycket.
"""

INTERVIEWS["12_kommunikationschef"] = """
I: Hur ser kommunikationsavdelningens uppdrag ut?
R: Vi är fem kommunikatörer för hela kommunen. Vi ansvarar för webben, intranätet, sociala medier, presstjänst och kriskommunikation. Och så ska vi stötta alla sektorer i deras kommunikation.
R: Det säger sig självt att vi inte hinner. Vi prioriterar det akuta och det som är politiskt viktigt, och sen blir det lite över till resten.
I: Vad hör du från sektorerna?
R: Att det är svårt att få hjälp, och det förstår jag. Samhällsbyggnad har mycket information till medborgarna, och de skriver mycket själva. Vård och omsorg har anställt en egen kommunikatör, vilket gör att vi inte alltid vet vad som går ut.
I: Mm.
R: Det blir olika budskap och olika grafisk profil. Det är ett exempel på hur stödet har splittrats.
I: Vad fungerar bra?
R: Kriskommunikationen fungerar, det visade vi under stormen förra vintern. Och samarbetet med kommundirektören är väldigt bra, hon förstår värdet av kommunikation.
I: Och vad skulle du vilja förändra?
R: Jag skulle vilja ha en tydlig beställningsprocess, en tjänstekatalog där det står vad sektorerna kan få hjälp med och vad de ska göra själva. Och gärna en gemensam ingång för allt stöd.
R: Och sen behöver vi mer resurser för internkommunikation. Chefer och medarbetare får för mycket information från för många håll. Intranätet är överbelastat.
I: Hur ser du på digitaliseringen?
R: Vi ligger efter med webben, den är inte anpassad för mobilen fullt ut och e-tjänsterna är få. Invånarna förväntar sig mer.
I: Tack.
"""

# The survey's free-text answers, by question, each with the themes it carries. The
# generator picks answers consistent with a respondent's sector and scores.
GOOD: list[str] = [
    "HR-konsulten är snabb och kunnig, särskilt i rehabärenden.",
    "Lönekontoret fungerar alltid, snabba svar.",
    "Min controller sitter nära oss och förklarar budgeten.",
    "HR-stödet vid svåra personalärenden är mycket bra.",
    "Budgetuppföljningen fungerar och kommer i tid.",
    "Kommundirektören lyssnar och är tydlig.",
    "Bra samarbete i vår ledningsgrupp.",
    "Stödet från HR i rekryteringar har blivit bättre.",
    "Jag vet vem jag ska ringa på HR och får svar samma dag.",
    "Ekonomistödet är bra, controllern kommer ut till oss.",
    "Lönehanteringen fungerar utan problem.",
    "Arbetsrättsligt stöd när det behövs.",
    "Kollegorna i rektorsnätverket är ett stort stöd.",
    "HR hjälpte mig med en svår omorganisation på ett bra sätt.",
    "Controllern är pedagogisk och tillgänglig.",
    "Rehabprocessen är tydlig och HR driver den.",
    "Kriskommunikationen fungerade bra under stormen.",
    "Det personliga stödet från min närmaste chef.",
    "Snabb hjälp från lönekontoret när något blivit fel.",
    "Nämndsekreteraren är hjälpsam inför sammanträden.",
    "Vår HR-konsult kan verksamheten.",
    "Registraturen har blivit mycket bättre med det nya systemet.",
    "Ledningsgruppen har blivit bättre på att se helheten.",
    "Det finns en vilja att samarbeta mellan enheterna i sektorn.",
    "HR och ekonomi samarbetar bra kring personalkostnader.",
    "Tack till Anneli på HR som alltid ställer upp!",
    "Stödet i budgetarbetet är bra och förutsägbart.",
    "När jag ringer HR blir jag bemött med respekt och kunskap.",
    "Bra introduktion för nya chefer.",
    "Juridiskt stöd i upphandlingsfrågor när man väl får tag på någon.",
]
BAD: list[str] = [
    "IT-ärenden tar veckor att lösa, ofta bollas de mellan IT och sektorn.",
    "Oklart vart man ska vända sig, för många ingångar.",
    "Ekonomirapporterna är svåra att förstå.",
    "För många styrdokument och för mycket rapportering.",
    "Upphandlingar tar för lång tid och är krångliga.",
    "Jag har 55 medarbetare, det går inte att vara närvarande chef.",
    "Den administrativa bördan tar all tid från ledarskapet.",
    "Ingen vet vem som äger verksamhetssystemen.",
    "Dubbelarbete mellan sektorns egna resurser och centrala funktioner.",
    "Kommunikationsstödet är svårt att få, vi skriver själva.",
    "Lokalfrågor fastnar, ingen tar ansvar.",
    "Uppföljning i Stratsys som ingen läser.",
    "IT-supporten svarar inte, ärendet ligger i TopDesk i veckor.",
    "Det är centralen mot sektorerna, vi och dom.",
    "Långsam beredning av ärenden till nämnden.",
    "Nya system införs utan att vi tillfrågas.",
    "Jag matar in samma uppgifter i flera system.",
    "Vi fick vänta sex veckor på nya datorer.",
    "För lite stöd till första linjens chefer.",
    "Otydligt vad det centrala stödet ska göra och vad vi ska göra själva.",
    "Rapporteringen till olika håll tar flera dagar per månad.",
    "Svårt att rekrytera och HR hinner bara det akuta.",
    "Lifecare krånglar och ingen tar helhetsansvar.",
    "Chromebooks blir liggande trasiga i veckor.",
    "Samarbetet med socialtjänsten kring barn är trögt.",
    "Det hänger på vem man känner om man får hjälp.",
    "Investeringsuppföljningen är svår att få fram.",
    "För många mål, svårt att veta vad som är viktigast.",
    "Systemen pratar inte med varandra, Visma och Hypergene t.ex.",
    "Ring 070-555 12 34 om ni vill veta mer om hur IT-stödet fungerar hos oss.",
    "Jag har pratat med Kjell Andersson på IT flera gånger utan att något händer.",
    "Digitaliseringen går för långsamt, andra kommuner har kommit längre.",
]
MISSING: list[str] = [
    "En väg in för allt stöd.",
    "En tjänstekatalog som beskriver vad stödet gör.",
    "Administrativt stöd nära mig som chef.",
    "Enklare ekonomirapporter, gärna en sida.",
    "Stöd i digitalisering och automatisering.",
    "En kommunikatör som kan hjälpa oss med medborgarinformation.",
    "Tydliga servicenivåer för IT-ärenden.",
    "Mindre personalgrupper per chef.",
    "En skoladministratör på varje enhet.",
    "Någon som äger lokalfrågorna.",
    "Färre styrdokument och tydligare prioriteringar.",
    "En gemensam servicefunktion för ekonomi, HR och IT.",
    "Stöd i upphandling som är snabbare och enklare.",
    "Bättre analys av kostnader, inte bara siffror.",
    "En gemensam plan för digitalisering där vi får vara med och prioritera.",
    "Att någon lyssnar på oss innan beslut fattas.",
    "Ett chefsnätverk över sektorsgränserna.",
    "Mer stöd i kompetensförsörjning och rekrytering.",
    "En kontaktperson på IT som känner vår verksamhet.",
    "Återkoppling på det vi rapporterar.",
    "Utbildning i att skriva tjänsteskrivelser.",
    "Juridiskt stöd som är lätt att nå.",
    "Ett enkelt sätt att beställa stöd, som ett ärendesystem för allt.",
    "Tid att vara pedagogisk ledare.",
]
