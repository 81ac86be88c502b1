"""Writes the demo engagement's survey recipient list, examples/exempelkommun/mottagare.xlsx.

    python scripts/demo/make_recipients.py

180 fictional managers of Exempelkommun: the chef survey went to all of them and 152
answered (scripts/demo/make_survey.py picks its respondents from `roster()`, so every
respondent's sector and role is one of these rows). The managers who also sit in the
interview log (the focus groups, the IFO manager, the heads of HR, IT, kansli and
kommunikation) are on the list under the same names. Seeded: the same file every time.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "examples" / "exempelkommun"
DOMAIN = "exempelkommun.se"
SECTORS = ("Barn och utbildning", "Vård och omsorg", "Samhällsbyggnad", "Kommunledningskontoret")


@dataclass(frozen=True)
class Manager:
    name: str
    email: str
    sector: str
    unit: str
    role: str


# (sector, role, unit) for every manager post; a unit listed twice has two managers.
POSTS: dict[str, dict[str, list[str]]] = {
    "Barn och utbildning": {
        "Förskolechef": [
            "Solbackens förskola",
            "Lärkans förskola",
            "Ekbackens förskola",
            "Björkhagens förskola",
            "Tallbackens förskola",
            "Ängens förskola",
            "Regnbågens förskola",
            "Hasselns förskola",
            "Skogsbrynets förskola",
            "Kvarnbackens förskola",
            "Myrstackens förskola",
            "Förskoleområde Norr",
            "Förskoleområde Söder",
            "Förskoleområde Öster",
            "Förskoleområde Väster",
            "Förskoleområde Centrum",
            "Förskoleområde Landsbygd",
            "Östra förskoleområdet",
            "Åkerbo förskolor",
            "Strandvägens förskola",
            "Pedagogisk omsorg och öppen förskola",
            "Nattis Stjärnan",
        ],
        "Rektor": [
            "Norrskolan",
            "Ekbackaskolan",
            "Västra skolan",
            "Centralskolan F-6",
            "Kyrkskolan",
            "Strandskolan",
            "Bergsskolan 7-9",
            "Lundenskolan 7-9",
            "Åkerboskolan F-6",
            "Solbergaskolan",
            "Hagaskolan",
            "Tallåsskolan",
            "Björkviks skola",
            "Ängsskolan F-3",
            "Lillåns skola",
            "Anpassade grundskolan",
            "Furuhedsgymnasiet, högskoleförberedande program",
            "Furuhedsgymnasiet, yrkesprogram",
            "Furuhedsgymnasiet, introduktionsprogram",
            "Vuxenutbildningen",
            "Kulturskolan",
            "Centrala elevhälsan",
            "Fritidshemmen Norr",
            "Bergsskolan F-6",
            "Västra skolan 7-9",
            "Kunskapsskolan Navet",
        ],
        "Biträdande rektor": [
            "Norrskolan",
            "Ekbackaskolan",
            "Bergsskolan 7-9",
            "Lundenskolan 7-9",
            "Centralskolan F-6",
            "Solbergaskolan",
            "Hagaskolan",
            "Furuhedsgymnasiet, högskoleförberedande program",
            "Furuhedsgymnasiet, yrkesprogram",
            "Vuxenutbildningen",
            "Strandskolan",
            "Kyrkskolan",
        ],
    },
    "Vård och omsorg": {
        "Verksamhetschef": [
            "Äldreomsorg",
            "Funktionsstöd",
            "Individ- och familjeomsorg",
            "Hälso- och sjukvård",
            "Myndighet och bistånd",
        ],
        "Avdelningschef": [
            "Avdelning hemtjänst",
            "Avdelning vård- och omsorgsboende",
            "Avdelning LSS",
            "Avdelning socialpsykiatri",
            "Avdelning barn och familj",
            "Avdelning vuxen",
            "Avdelning bemanning och schema",
            "Avdelning rehabilitering",
            "Avdelning kvalitet och utveckling",
        ],
        "Enhetschef": [
            "Hemtjänst Norr",
            "Hemtjänst Söder",
            "Hemtjänst Centrum",
            "Hemtjänst Öster",
            "Hemtjänst Väster",
            "Hemtjänst Landsbygd",
            "Hemtjänst Landsbygd",
            "Nattpatrullen",
            "Hemsjukvården",
            "Hemsjukvården",
            "Rehabenheten",
            "Björkgårdens vård- och omsorgsboende",
            "Björkgårdens vård- och omsorgsboende",
            "Lindgårdens vård- och omsorgsboende",
            "Lindgårdens vård- och omsorgsboende",
            "Solängens vård- och omsorgsboende",
            "Solängens vård- och omsorgsboende",
            "Solängens vård- och omsorgsboende",
            "Ekhagens korttidsboende",
            "Dagverksamheten Kastanjen",
            "Demensboendet Vallmon",
            "Gruppbostad Violen",
            "Gruppbostad Rosen",
            "Gruppbostad Linnéan",
            "Servicebostad Tallen",
            "Daglig verksamhet Verkstan",
            "Daglig verksamhet Kreativa huset",
            "Personlig assistans",
            "Personlig assistans",
            "Korttidsvistelse barn och unga",
            "Boendestöd",
            "Socialpsykiatri",
            "Biståndsenheten",
            "LSS-handläggning",
            "Barn och unga, utredning",
            "Familjebehandling",
            "Familjehemsenheten",
            "Vuxenenheten",
            "Ekonomiskt bistånd",
            "Mottagningsenheten",
            "Familjerätt",
            "HVB Furan",
            "Bemanningsenheten",
            "Trygghetslarm och larmmottagning",
            "Anhörigstöd och träffpunkter",
            "Arbetsmarknadsenheten (AME)",
            "Integrationsenheten",
            "Kök Solängen",
            "Medicinskt ansvarig sjuksköterska, MAS-enheten",
            "Hemtjänst Centrum",
            "Hemtjänst Norr",
            "Hemtjänst Söder",
            "Lindgårdens vård- och omsorgsboende",
            "Björkgårdens vård- och omsorgsboende",
            "Ekhagens korttidsboende",
            "Gruppbostad Violen",
        ],
    },
    "Samhällsbyggnad": {
        "Avdelningschef": [
            "Avdelning samhällsplanering",
            "Teknisk avdelning",
            "Fastighetsavdelningen",
            "Kultur och fritid",
            "Miljö- och byggavdelningen",
            "Serviceavdelningen",
        ],
        "Enhetschef": [
            "Gata/park",
            "VA-enheten",
            "Avfall och återvinning",
            "Plan",
            "Bygglov",
            "Miljö och hälsoskydd",
            "Fastighetsförvaltning",
            "Lokalförsörjning och projekt",
            "Lokalvård Norr",
            "Lokalvård Söder",
            "Centralköket",
            "Skolrestaurangerna",
            "Fritid och föreningsstöd",
            "Biblioteken",
            "Mark och exploatering",
            "GIS och mätning",
            "Fordon och förråd",
            "Trafik och parkering",
            "Badhuset",
            "Ungdomens hus",
            "Fastighetsdrift",
            "Kart- och bygglovsservice",
        ],
    },
    "Kommunledningskontoret": {
        "Avdelningschef": [
            "Ekonomiavdelningen",
            "HR-avdelningen",
            "IT-avdelningen",
            "Kansliavdelningen",
            "Kommunikationsavdelningen",
            "Strategi och utveckling",
            "Näringsliv och tillväxt",
        ],
        "Enhetschef": [
            "Redovisning",
            "Controllerenheten",
            "Lönekontoret",
            "HR-konsultenheten",
            "Rekrytering och kompetensförsörjning",
            "IT-support",
            "IT-drift och infrastruktur",
            "Digitaliseringsenheten",
            "Nämndadministration",
            "Arkiv och registratur",
            "Upphandlingsenheten",
            "Växel och reception",
            "Säkerhet och beredskap",
            "Juridik och ärendestöd",
            "Folkhälsa och trygghet",
        ],
    },
}

# Managers who also appear in the interview log; placed where their interviews put them.
KNOWN: list[tuple[str, str, str, str]] = [
    ("Anneli Strand", "Vård och omsorg", "Enhetschef", "Hemtjänst Norr"),
    ("Robert Hedlund", "Vård och omsorg", "Enhetschef", "Björkgårdens vård- och omsorgsboende"),
    ("Fatima Haddad", "Vård och omsorg", "Enhetschef", "Hemtjänst Söder"),
    ("Jenny Lund", "Vård och omsorg", "Enhetschef", "Solängens vård- och omsorgsboende"),
    ("Marcus Björk", "Vård och omsorg", "Enhetschef", "Nattpatrullen"),
    ("Eva-Lena Sjöberg", "Vård och omsorg", "Enhetschef", "Lindgårdens vård- och omsorgsboende"),
    ("Niklas Öberg", "Vård och omsorg", "Verksamhetschef", "Individ- och familjeomsorg"),
    ("Jonas Wikström", "Barn och utbildning", "Rektor", "Norrskolan"),
    ("Petra Dahl", "Barn och utbildning", "Rektor", "Ekbackaskolan"),
    ("Sofia Karlsson", "Barn och utbildning", "Förskolechef", "Solbackens förskola"),
    ("Emma Johansson", "Barn och utbildning", "Förskolechef", "Förskoleområde Norr"),
    ("Ali Hassan", "Barn och utbildning", "Rektor", "Bergsskolan 7-9"),
    ("Maria Ekström", "Kommunledningskontoret", "Avdelningschef", "HR-avdelningen"),
    ("Tomas Berglund", "Kommunledningskontoret", "Avdelningschef", "IT-avdelningen"),
    ("Karin Holm", "Kommunledningskontoret", "Avdelningschef", "Kansliavdelningen"),
    ("Camilla Berg", "Kommunledningskontoret", "Avdelningschef", "Kommunikationsavdelningen"),
]

# People in the interview log who are not on the list, and names used elsewhere in the
# demo (a colleague named in a survey answer): never generate these.
RESERVED = {
    "Eva Lindgren",
    "Mikael Sandberg",
    "Helena Forsberg",
    "Anders Lundqvist",
    "Linnea Åberg",
    "Oskar Nilsson",
    "Johan Almqvist",
    "Sara Nyström",
    "Kjell Andersson",
    "Göran Persson",
}

# (weight, first names, surnames): where the name comes from. Some managers carry a
# surname from another group (marriage, a Swedish-born parent).
ORIGINS: list[tuple[float, list[str], list[str]]] = [
    (
        74,
        [
            "Anna",
            "Maria",
            "Karin",
            "Eva",
            "Lena",
            "Kristina",
            "Sara",
            "Linda",
            "Malin",
            "Sofia",
            "Jenny",
            "Emma",
            "Helena",
            "Ulrika",
            "Camilla",
            "Åsa",
            "Therese",
            "Hanna",
            "Ida",
            "Elin",
            "Annika",
            "Susanne",
            "Cecilia",
            "Josefin",
            "Frida",
            "Lotta",
            "Marie",
            "Ingrid",
            "Birgitta",
            "Monica",
            "Pernilla",
            "Jessica",
            "Louise",
            "Ann-Sofie",
            "Mia",
            "Maja",
            "Kajsa",
            "Linn",
            "Johanna",
            "Katarina",
            "Agneta",
            "Lisa",
            "Erik",
            "Lars",
            "Anders",
            "Per",
            "Johan",
            "Mikael",
            "Peter",
            "Fredrik",
            "Daniel",
            "Magnus",
            "Henrik",
            "Stefan",
            "Mattias",
            "Niklas",
            "Jonas",
            "Patrik",
            "Oscar",
            "Viktor",
            "Gustav",
            "Joakim",
            "Tobias",
            "Christer",
            "Ulf",
            "Håkan",
            "Björn",
            "Mats",
            "Thomas",
            "Andreas",
            "Martin",
            "Sebastian",
            "Pär",
            "Jörgen",
            "Kent",
            "Rickard",
            "Emil",
            "Hampus",
            "Ola",
            "Kristoffer",
            "Lennart",
            "Torbjörn",
        ],
        [
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Olsson",
            "Persson",
            "Svensson",
            "Gustafsson",
            "Pettersson",
            "Jonsson",
            "Jansson",
            "Hansson",
            "Bengtsson",
            "Lindberg",
            "Jakobsson",
            "Magnusson",
            "Lindström",
            "Lindqvist",
            "Axelsson",
            "Bergström",
            "Lundberg",
            "Lundgren",
            "Mattsson",
            "Fredriksson",
            "Henriksson",
            "Wallin",
            "Engström",
            "Eklund",
            "Danielsson",
            "Håkansson",
            "Sundberg",
            "Forsberg",
            "Sjögren",
            "Nordin",
            "Holmberg",
            "Nyberg",
            "Lindholm",
            "Strömberg",
            "Hedberg",
            "Ek",
            "Blom",
            "Falk",
            "Sandström",
            "Åström",
            "Norberg",
            "Öhman",
            "Wikander",
            "Löfgren",
            "Dahlberg",
            "Hellström",
            "Nordqvist",
            "Östlund",
            "Bäckström",
            "Vikström",
            "Söderberg",
            "Granath",
            "Ahlgren",
            "Berggren",
            "Kvist",
            "Rask",
            "Ljung",
            "Hägg",
            "Grönlund",
            "Moberg",
            "Palm",
            "Alm",
            "Frisk",
            "Törnqvist",
            "Wahlström",
            "Ekman",
            "Lagerqvist",
            "Rosén",
            "Isaksson",
        ],
    ),
    (
        5,
        ["Tiina", "Päivi", "Marjut", "Sari", "Juha", "Mikko", "Pekka", "Kaisa", "Jukka"],
        [
            "Virtanen",
            "Korhonen",
            "Mäkinen",
            "Heikkinen",
            "Laine",
            "Koskinen",
            "Niemi",
            "Hämäläinen",
            "Salo",
        ],
    ),
    (
        8,
        [
            "Ahmed",
            "Fatima",
            "Mohammed",
            "Leyla",
            "Amira",
            "Samira",
            "Yousef",
            "Nour",
            "Reza",
            "Nadia",
            "Omar",
            "Rania",
            "Karim",
            "Dalia",
            "Maryam",
            "Hussein",
        ],
        [
            "Ali",
            "Mohammed",
            "Khalil",
            "Haddad",
            "Mansour",
            "Rahimi",
            "Hosseini",
            "Saleh",
            "Abdallah",
            "Karimi",
            "Nasser",
            "Jaber",
            "Al-Hassan",
            "Farah",
        ],
    ),
    (
        5,
        [
            "Goran",
            "Jelena",
            "Dragana",
            "Mirela",
            "Aida",
            "Emir",
            "Nermin",
            "Ivana",
            "Dejan",
            "Selma",
            "Adnan",
            "Zlatan",
        ],
        [
            "Petrović",
            "Jovanović",
            "Kovačević",
            "Hodžić",
            "Begić",
            "Nikolić",
            "Marić",
            "Hadžić",
            "Babić",
            "Delić",
        ],
    ),
    (
        4,
        ["Mehmet", "Elif", "Zeynep", "Emre", "Ayşe", "Deniz", "Serkan"],
        ["Yilmaz", "Demir", "Kaya", "Şahin", "Öztürk", "Aydın", "Çelik"],
    ),
    (
        4,
        ["Agnieszka", "Tomasz", "Katarzyna", "Marta", "Piotr", "Joanna"],
        ["Nowak", "Kowalski", "Wiśniewska", "Zielińska", "Kamiński", "Lewandowska"],
    ),
    (
        4,
        ["Hodan", "Abdi", "Faisal", "Ifrah", "Yonas", "Senait", "Tesfaye", "Luwam"],
        ["Hassan", "Abdullahi", "Warsame", "Osman", "Tesfay", "Gebremedhin", "Haile"],
    ),
    (
        3,
        ["Carolina", "Rodrigo", "Paula", "Javier", "Ximena", "Andrés"],
        ["González", "Muñoz", "Rojas", "Silva", "Fuentes", "Herrera"],
    ),
    (
        2,
        ["Shirin", "Dariush", "Parisa", "Kourosh", "Neda"],
        ["Ahmadi", "Rezaei", "Moradi", "Jafari", "Sadeghi"],
    ),
]


def fold(text: str) -> str:
    """The ASCII form of a name for an e-mail address: "Ayşe Öztürk" -> "ayse.ozturk"."""
    special = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l"})
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(special))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return ".".join(plain.split())


def _name(rng: random.Random) -> str:
    weights = [w for w, _, _ in ORIGINS]
    _, firsts, lasts = rng.choices(ORIGINS, weights)[0]
    if rng.random() < 0.12:  # a surname from another group
        _, _, lasts = rng.choices(ORIGINS, weights)[0]
    return f"{rng.choice(firsts)} {rng.choice(lasts)}"


def roster() -> list[Manager]:
    """Every manager the survey went to, ordered as the list is: by sector, unit, name."""
    rng = random.Random(180)
    posts = [
        (sector, role, unit)
        for sector, roles in POSTS.items()
        for role, units in roles.items()
        for unit in units
    ]
    known_at: dict[int, str] = {}
    for name, sector, role, unit in KNOWN:
        index = next(
            i for i, post in enumerate(posts) if post == (sector, role, unit) and i not in known_at
        )
        known_at[index] = name
    used = {name for name, *_ in KNOWN} | RESERVED
    emails: set[str] = {f"{fold(name)}@{DOMAIN}" for name, *_ in KNOWN}
    managers: list[Manager] = []
    for index, (sector, role, unit) in enumerate(posts):
        name = known_at.get(index)
        if name is None:
            while True:
                name = _name(rng)
                if name not in used:
                    break
            used.add(name)
            email = f"{fold(name)}@{DOMAIN}"
            if email in emails:  # e.g. Goran/Göran: the second one gets a digit
                email = f"{fold(name)}2@{DOMAIN}"
            emails.add(email)
        else:
            email = f"{fold(name)}@{DOMAIN}"
        managers.append(Manager(name, email, sector, unit, role))
    order = {sector: i for i, sector in enumerate(SECTORS)}
    return sorted(managers, key=lambda m: (order[m.sector], m.unit, m.name))


def main() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    managers = roster()
    assert len(managers) == 180, len(managers)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Mottagare"
    sheet.append(["namn", "e-post", "sektor", "enhet", "roll"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for m in managers:
        sheet.append([m.name, m.email, m.sector, m.unit, m.role])
    for column, width in zip("ABCDE", (26, 40, 24, 46, 18), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    workbook.save(ROOT / "mottagare.xlsx")
    print(f"wrote {ROOT / 'mottagare.xlsx'}: {len(managers)} managers")


if __name__ == "__main__":
    main()
