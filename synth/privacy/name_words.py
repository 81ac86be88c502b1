"""The words in and around personal names: particles, person verbs, surname shapes and the
common surnames and family-first names a dictionary of first names does not give."""

from __future__ import annotations

import re

from synth.dates import MONTHS, WEEKDAYS

__all__ = [
    "CALENDAR",
    "COMMON_SURNAMES",
    "FAMILY_FIRST",
    "LONG_SURNAME",
    "NEVER_FIRST",
    "PARTICLES",
    "PERSON_VERBS",
    "SURNAME_ENDING",
    "SURNAME_SHAPE",
]

# Lower-case words inside a name: "Malou von Sivers", "Zeid Ra'ad al Hussein".
PARTICLES = frozenset(
    [
        "af",
        "al",
        "bin",
        "da",
        "de",
        "del",
        "della",
        "den",
        "der",
        "di",
        "du",
        "el",
        "ibn",
        "van",
        "von",
    ]
)
# Capitalised words that begin foreign titles and places, never a person: "The Lancet",
# "San Francisco", "El Salvador".
NEVER_FIRST = frozenset(
    ["el", "la", "las", "le", "los", "saint", "san", "sankt", "sankta", "santa", "the"]
)
CALENDAR = frozenset((*MONTHS, *WEEKDAYS))
# After an ambiguous name at the start of a sentence, these words make it a person doing
# something ("Per sa", "Per och jag") rather than the word ("Per månad").
PERSON_VERBS = frozenset(
    [
        "sa",
        "sade",
        "säger",
        "tycker",
        "tyckte",
        "menar",
        "menade",
        "har",
        "hade",
        "är",
        "var",
        "kom",
        "kommer",
        "ringde",
        "ringer",
        "gjorde",
        "gör",
        "skulle",
        "ska",
        "kan",
        "kunde",
        "vill",
        "ville",
        "brukar",
        "jobbar",
        "jobbade",
        "arbetar",
        "arbetade",
        "berättade",
        "berättar",
        "skrev",
        "skriver",
        "frågade",
        "frågar",
        "svarade",
        "svarar",
        "tog",
        "tar",
        "fick",
        "får",
        "och",
        "som",
        "hon",
        "han",
        "själv",
        "också",
        "själva",
    ]
)
# Known surnames are matched in lower case only when they cannot be an ordinary word:
# "nyström" and "lindqvist" can be, "malm", "strand" and "ros" cannot.
SURNAME_ENDING = re.compile(
    r"(?:s?son|ström|qvist|kvist|gren|stedt|berg|lund|holm|blad|dahl|ling|ander)$"
)
LONG_SURNAME = 7
# The surname after a first name written in lower case or capitals ("maria svensson"):
# endings no ordinary Swedish word of that length has ("person" ends in -son, "utveckling"
# in -ling, so neither is here), and foreign endings (-ović, -oğlu, -zadeh, -yan).
SURNAME_SHAPE = re.compile(
    r"(?:[^\W\d_]{2}sson|ström|qvist|kvist|quist|gren|stedt|berg|lund|holm|blad|dahl|ander"
    r"|ović|ovic|ević|evic|ić|oglu|oğlu|zadeh|yan)$"
)
# Common surnames in Sweden that have none of those shapes and are no Swedish words (SCB's
# most common surnames, and those most common among people born abroad).
_SURNAME_LIST = """
    wallin lundin nordin sundin hedin bergman lindman hedman wikman forsman nyman engman
    sjöstrand lindh ali ahmed ahmad ahmadi mohammed mohamed mohammad mohammadi muhammad
    hassan hussein hosseini ibrahim abdullah abdi omar osman yusuf mahmoud khalil haddad
    karimi rezaei rahimi jafari hashemi nguyen tran pham huynh hoang phan kaya yilmaz demir
    sahin şahin celik çelik öztürk aydin aydın yildiz arslan dogan doğan nowak kowalski
    kowalska kovacs hansen jensen nielsen pedersen olsen johansen larsen virtanen korhonen
    nieminen mäkinen müller schmidt schneider fischer weber meyer smith jones williams
    garcia rodriguez martinez lopez gonzalez hernandez perez silva santos rossi russo
"""
COMMON_SURNAMES = frozenset(_SURNAME_LIST.split())
# Family names written before the given names: "Nguyen Van Minh", "Wang Li", "Kim Min-jun".
_FAMILY_FIRST_LIST = """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh truong
    lam luong wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo
    zheng liang xie tang feng deng peng zeng xiao tian dong pan yuan cai jiang du ye cheng
    wei su lu ding ren shen yao cui zhong tan wong chan cheung leung lau ng kim lee park choi
    jung kang cho yoon jang lim
"""
FAMILY_FIRST = frozenset(_FAMILY_FIRST_LIST.split())
