"""Place names that are also first names ("vi bor i Nora", "Vilhelmina kommun", "Kina").

Interviews in a municipality name places all the time, and a handful of Sweden's 290
municipalities share their name with a first name in the name dictionary (Nora, Mora,
Vilhelmina, Dorotea, Ale, Kil, ...), as do countries and cities that come up in talk about
migration and recruitment (Kina, Israel, Jordan, Georgia). The detector consults these sets
only for a capitalised word that already looks like a first name.
"""

from __future__ import annotations

__all__ = ["INSTITUTION_NOUNS", "LOCATIVE_WORDS", "PLACE_NAMES"]

# Sweden's municipalities, one county a line; multi-word names are split into words, since
# the detector looks at one word at a time.
_MUNICIPALITIES = """
Botkyrka Danderyd Ekerö Haninge Huddinge Järfälla Lidingö Nacka Norrtälje Nykvarn Nynäshamn
Salem Sigtuna Sollentuna Solna Stockholm Sundbyberg Södertälje Tyresö Täby Upplands-Bro
Upplands Väsby Vallentuna Vaxholm Värmdö Österåker
Enköping Heby Håbo Knivsta Tierp Uppsala Älvkarleby Östhammar
Eskilstuna Flen Gnesta Katrineholm Nyköping Oxelösund Strängnäs Trosa Vingåker
Boxholm Finspång Kinda Linköping Mjölby Motala Norrköping Söderköping Vadstena Valdemarsvik
Ydre Åtvidaberg Ödeshög
Aneby Eksjö Gislaved Gnosjö Habo Jönköping Mullsjö Nässjö Sävsjö Tranås Vaggeryd Vetlanda
Värnamo
Alvesta Lessebo Ljungby Markaryd Tingsryd Uppvidinge Växjö Älmhult
Borgholm Emmaboda Hultsfred Högsby Kalmar Mönsterås Mörbylånga Nybro Oskarshamn Torsås
Vimmerby Västervik
Gotland
Karlshamn Karlskrona Olofström Ronneby Sölvesborg
Bjuv Bromölla Burlöv Båstad Eslöv Helsingborg Hässleholm Höganäs Hörby Höör Klippan
Kristianstad Kävlinge Landskrona Lomma Lund Malmö Osby Perstorp Simrishamn Sjöbo Skurup
Staffanstorp Svalöv Svedala Tomelilla Trelleborg Vellinge Ystad Åstorp Ängelholm
Örkelljunga Östra Göinge
Falkenberg Halmstad Hylte Kungsbacka Laholm Varberg
Ale Alingsås Bengtsfors Bollebygd Borås Dals-Ed Essunga Falköping Färgelanda Grästorp
Gullspång Göteborg Götene Herrljunga Hjo Härryda Karlsborg Kungälv Lerum Lidköping Lilla Edet
Lysekil Mariestad Mark Mellerud Munkedal Mölndal Orust Partille Skara Skövde Sotenäs
Stenungsund Strömstad Svenljunga Tanum Tibro Tidaholm Tjörn Tranemo Trollhättan Töreboda
Uddevalla Ulricehamn Vara Vårgårda Vänersborg Åmål Öckerö
Arvika Eda Filipstad Forshaga Grums Hagfors Hammarö Karlstad Kil Kristinehamn Munkfors
Storfors Sunne Säffle Torsby Årjäng
Askersund Degerfors Hallsberg Hällefors Karlskoga Kumla Laxå Lekeberg Lindesberg
Ljusnarsberg Nora Örebro
Arboga Fagersta Hallstahammar Kungsör Köping Norberg Sala Skinnskatteberg Surahammar Västerås
Avesta Borlänge Falun Gagnef Hedemora Leksand Ludvika Malung-Sälen Mora Orsa Rättvik
Smedjebacken Säter Vansbro Älvdalen
Bollnäs Gävle Hofors Hudiksvall Ljusdal Nordanstig Ockelbo Ovanåker Sandviken Söderhamn
Härnösand Kramfors Sollefteå Sundsvall Timrå Ånge Örnsköldsvik
Berg Bräcke Härjedalen Krokom Ragunda Strömsund Åre Östersund
Bjurholm Dorotea Lycksele Malå Nordmaling Norsjö Robertsfors Skellefteå Sorsele Storuman Umeå
Vilhelmina Vindeln Vännäs Åsele
Arjeplog Arvidsjaur Boden Gällivare Haparanda Jokkmokk Kalix Kiruna Luleå Pajala Piteå
Älvsbyn Överkalix Övertorneå
"""

# Countries, regions and cities that the name dictionary also lists as first names; only
# these collisions matter, so the list is not meant to be a gazetteer.
_ELSEWHERE = """
Argentina Asia Chad Georgia India Iran Israel Jordan Kenya Kina Mali Sierra Leone Lima Paris
London Sydney Santiago Valencia Medina Rio Houston Dallas Austin Phoenix Orlando Madison
Lincoln Jackson Savannah Virginia Carolina Florence Alexandria Adelaide Augusta Lourdes
Sofia Victoria Regina Charlotte Salvador Aires
"""

PLACE_NAMES: frozenset[str] = frozenset(_MUNICIPALITIES.split()) | frozenset(_ELSEWHERE.split())
"""Single words of place names, capitalised as written."""

LOCATIVE_WORDS: frozenset[str] = frozenset(
    # "till" and "från" are left out on purpose: "ett mejl från Nora" is as likely a person
    ["i", "inom", "utanför", "kring", "runt", "via", "genom", "norr", "söder", "öster", "väster"]
)
"""Words that make a following place name a place: "i Nora", "utanför Mora"."""

INSTITUTION_NOUNS: frozenset[str] = frozenset(
    [
        "kommun",
        "kommuns",
        "kommuner",
        "stad",
        "stads",
        "län",
        "läns",
        "region",
        "regions",
        "församling",
        "hovrätt",
        "tingsrätt",
        "lasarett",
        "sjukhus",
        "station",
        "centrum",
    ]
)
"""Nouns that make the capitalised word before them a place ("Nora kommun", "Svea hovrätt")."""
