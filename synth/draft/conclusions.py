"""The offline conclusions across findings: the recommendations the proposals make and the
assessment the most widely heard findings give. Pure functions over records, beside the
offline observations (`synth.draft.offline`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

import numpy as np

from synth.draft.condense import (
    capitalise,
    instruction,
    named_proposal,
    proposes,
    purpose,
    recommendation_text,
    recommends,
    remedy,
    unclear,
    wanted,
    without_own_clause,
)
from synth.draft.evidence import about_before, attributed
from synth.draft.offline import (
    MAX_CITED,
    OFFLINE,
    draftable,
    readable,
    statement_unit,
    topic_only,
    wished,
    wording,
)
from synth.draft.reasons import given_reason, told_together
from synth.draft.support import (
    SUPPORT_SIMILARITY,
    asks_remedy,
    headline_claim,
    headline_head,
    headline_qualifier,
    headline_subject,
    only_judges,
    subject_within,
)
from synth.privacy.roles import RoleGroups
from synth.records import (
    Assessment,
    AssessmentPoint,
    Origin,
    Recommendation,
    SourceType,
    Statement,
    Theme,
    dominant_polarity,
    finding_theme,
)
from synth.store.themes import LensRecord
from synth.synthesis.describe import alike_respondents, heard_in, voices
from synth.text.grammar import lower_first, said_clause
from synth.text.numbers import listing
from synth.text.sentences import split_sentences, word_count
from synth.text.swedish import agent_of, names_stem, stem, stop_words, tokens
from synth.text.voice import (
    Unit,
    impersonal,
    is_personal,
    names_central,
    report_voice,
    speaks_for_a_unit,
)

__all__ = ["RECOMMENDATIONS", "offline_assessment", "offline_recommendations"]


def _centroid(ids: Sequence[str], vectors: Mapping[str, np.ndarray]) -> np.ndarray | None:
    rows = [vectors[sid] for sid in ids if sid in vectors]
    if not rows:
        return None
    centre = np.mean(rows, axis=0)
    norm = float(np.linalg.norm(centre))
    return centre / norm if norm else None


RECOMMENDATIONS = 20
"""The most recommendations drafted: twice what the deck's slides show, for it shows those
that answer its slides first, which drafting does not know; a wish for the survey's
third-lowest function, heard in three answers, came thirteenth by weight, and sixteenth
once kompetensförsörjning had its own."""


def offline_recommendations(
    themes: Sequence[Theme],
    statements: Mapping[str, Statement],
    lenses: Mapping[str, LensRecord],
    vectors: Mapping[str, np.ndarray],
    *,
    limit: int = RECOMMENDATIONS,
    roles: RoleGroups | None = None,
    headlines: Mapping[str, str] | None = None,
    findings: Sequence[Theme] = (),
    topics: Mapping[str, np.ndarray] | None = None,
) -> tuple[Recommendation, ...]:
    """Recommendations from the proposals, one per finding they answer.

    `findings` (`DraftInput.findings`: each drafted finding as a theme of its own, "T46.2"
    beside "T46") are what a recommendation may answer; without them, the themes.

    With `headlines` (the drafted findings' headlines), a proposal that names what a
    weakness finding's headline is about (`headline_subject`: "stöd i upphandling tidigt"
    of "Upphandling är krånglig …") answers that finding, the nearest in meaning where it
    names several; otherwise, as below. With `topics` (`synth.draft.support.topic_vectors`)
    it must also be as near the finding's statements as a finding's own support is
    (`SUPPORT_SIMILARITY`): "en gemensam rutin för skolskjuts, kost och lokaler" names
    the "rutiner" of "Nya rutiner kommer via mejl utan förklaring" and is about something
    else (the fifth review).

    A proposal answers the finding of its own subject: a weakness finding it belongs to;
    for a proposal in a finding of proposals, the weakness finding of the same subject
    (among those sharing a word stem that few findings use, the nearest by `vectors`, the
    statements' sentence vectors), else that finding of proposals itself; for a proposal
    in Övrigt, the nearest weakness finding sharing two such words, else none.
    The recommendations are ordered by the weightiest finding each answers
    (`Theme.weight`: how widely it was heard), and the first `limit` are kept; of two
    proposals for one finding, the one heard from more sources.
    """
    active = [t for t in themes if draftable(t)]
    targets = [t for t in findings if draftable(t)] or active
    weak = [t for t in targets if dominant_polarity(t.polarity) == "svaghet"]
    by_id = {t.id: t for t in [*active, *targets]}
    theme_of = {sid: t.id for t in active for sid in t.statement_ids}
    finding_of: dict[str, list[str]] = {}
    for finding in findings:
        for sid in finding.statement_ids:
            finding_of.setdefault(sid, []).append(finding.id)
    centroids = {
        t.id: c for t in by_id.values() if (c := _centroid(t.statement_ids, vectors)) is not None
    }
    weak_ids = {t.id for t in weak}
    # what a speaker may have told of as a problem before being asked what would help:
    # a weakness, or a fact told as it is ("Våra enhetschefer i äldreomsorgen har ofta 50,
    # ibland 60 medarbetare"), which the question after it makes one
    problems = {t.id for t in targets if dominant_polarity(t.polarity) in {"svaghet", "neutral"}}
    # a theme's later finding ("T46.2") is about what its own headline says, not what its
    # theme's keywords say: those are its first finding's; and the first is about what its
    # headline says too: "Det är oklart vem som bestämmer inom lokalförsörjning" heads a
    # theme whose keywords are the economy's
    worded = {
        t.id: {stem(word) for word in tokens(headlines.get(t.id, ""))} if headlines else set()
        for t in by_id.values()
    }
    subjects = {
        t.id: _subject(t) | worded[t.id]
        if t.id == finding_theme(t.id) or not headlines
        else worded[t.id]
        for t in by_id.values()
    }
    # a word most themes share ("stöd", "veckor") names no subject; one that two or three
    # share ("digitalisering", "personalgrupper") does
    spread = Counter(word for t in active for word in subjects[t.id])
    naming = {word for word, n in spread.items() if n <= max(3, len(active) // 10)}
    answers: dict[str, str | None] = {}

    def answered(words: set[str], near: np.ndarray | None, least: int) -> str | None:
        # among the weaknesses that share a subject word, the nearest in meaning
        scored = [
            (
                float(near @ centroids[w.id]) if near is not None and w.id in centroids else 0.0,
                w.id,
            )
            for w in weak
            if len(words & subjects[w.id] & naming) >= least
        ]
        best = max(scored, default=None)
        return best[1] if best is not None else None

    # a headline's subject that many findings share ("stöd" of "IT-stödet till skolan …")
    # answers nothing in particular, as above; nor does one that many proposals name
    # ("hjälp", "chef"): most proposals ask for help of some kind
    # each proposal as a recommendation line, once: what it asks for is read per finding
    asked_for = {
        sid: recommendation_text(st.text)
        for sid, lens in sorted(lenses.items())
        if lens.polarity == "förslag" and (st := statements.get(sid)) is not None
    }
    proposed = list(asked_for.values())
    common = max(3, len(proposed) // 20)

    def particular(part: str) -> bool:
        return sum(1 for text in proposed if names_stem(text, {part})) <= common

    about = {
        w.id: subject
        for w in weak
        if (
            subject := frozenset(
                part
                for part in headline_subject(headlines.get(w.id, "") if headlines else "")
                if part in naming and particular(part)
            )
        )
    }

    # which of its kind each one's subject is (the "IT" of "IT-ärenden"), read once
    qualifiers = {w: headline_qualifier((headlines or {}).get(w, "")) for w in about}

    topic_centres: dict[str, np.ndarray | None] = {}

    def near_enough(statement: Statement, finding: str) -> bool:
        if not topics:
            return True
        if finding not in topic_centres:
            topic_centres[finding] = _centroid(by_id[finding].statement_ids, topics)
        vector, centre = topics.get(statement.id), topic_centres[finding]
        return vector is None or centre is None or float(vector @ centre) >= SUPPORT_SIMILARITY

    said_in: dict[str, set[str]] = {}
    stated_by: dict[str, set[str]] = {}

    def stating(finding: str) -> set[str]:
        if finding not in stated_by:
            stated_by[finding] = {
                st.source_id
                for sid in by_id[finding].statement_ids
                if (st := statements.get(sid)) is not None
            }
        return stated_by[finding]

    def says_more(statement: Statement, finding: str, subject: frozenset[str]) -> bool:
        # a proposal that shares only the subject's word with a finding shares a word, not
        # a matter: "Inför en gemensam rutin för skolskjuts, kost och lokaler" and "Nya
        # rutiner kommer via mejl utan förklaring" (review 42: "a non sequitur")
        if finding not in said_in:
            said_in[finding] = {
                stem(w)
                for sid in by_id[finding].statement_ids
                if (st := statements.get(sid)) is not None
                for w in tokens(st.text)
            }
        if not said_in[finding]:
            return True  # nothing known of what the finding's statements say
        own = {stem(w) for w in tokens(statement.text)}
        return bool((own & said_in[finding]) - {stem(part) for part in subject} - subject)

    def named(statement: Statement) -> str | None:
        # the weakness whose headline's subject the proposal names, the nearest if several
        near = vectors.get(statement.id)
        # by what it asks for, not by its asides: "En väg in för allt stöd, gärna ett
        # ärendesystem där man kan följa sitt ärende" does not answer "Ärendena bollas …"
        proposed = wanted(recommendation_text(statement.text))
        scored = [
            (float(near @ centroids[w]) if near is not None and w in centroids else 0.0, w)
            for w, subject in about.items()
            # every part of it: "Stöd för att mäta kvalitet" is not about "IT-stödet till skolan"
            if all(names_stem(proposed, {part}) for part in subject)
            and _qualified(proposed, qualifiers[w])
            and (
                (near_enough(statement, w) and says_more(statement, w, subject))
                # or it asks for what the finding's headline calls for: "En tydlig
                # lokalförsörjningsprocess" shares no other word with "man vet aldrig vem
                # som bestämmer" and is its answer
                or asks_remedy((headlines or {}).get(w, ""), proposed)
                # or the headline only says how bad its subject is, which whatever asks
                # for the subject answers: "Stöd i kompetensförsörjningen, en plan för hur
                # vi ska klara rekryteringarna" of "Kompetensförsörjningen är en
                # utmaning", whose statements are the professions hard to recruit
                or only_judges((headlines or {}).get(w, ""))
                # or its own source states the weakness: the controllers who find the
                # reports hard to read ask for "En gemensam rapport. En sida per enhet,
                # begriplig …", which shares few words with the other sources' complaints
                or statement.source_id in stating(w)
            )
        ]
        best = max(scored, default=None)
        return best[1] if best is not None else None

    # those in the form of a recommendation
    wishes = [(statements[sid], text) for sid, text in asked_for.items() if recommends(text)]
    groups: dict[str, list[Statement]] = {}
    answering: set[str] = set()
    routed: set[str] = set()
    followed: set[str] = set()
    spoken: dict[str, list[Statement]] = {}

    def followed_up(statement: Statement) -> str | None:
        # the weakness the speaker had just told of, where the proposal answers a
        # question about that ("Vad tror du skulle behövas för att ändra på det?")
        if not statement.source_type.is_interview or not about_before(statement.question):
            return None
        if not spoken:
            for st in statements.values():
                spoken.setdefault(st.source_id, []).append(st)
            for said in spoken.values():
                said.sort(key=lambda st: st.position)
        return problem_before(statement, spoken.get(statement.source_id, []), finding_of, problems)

    for sid, lens in sorted(lenses.items()):
        statement = statements.get(sid)
        if lens.polarity != "förslag" or statement is None or not readable(statement, 4):
            continue
        own = theme_of.get(sid)
        # the one wish finding it supports, wherever the clustering put it, where that
        # names a subject of its own ("admin" of "Det finns önskemål om admin nära chefen")
        # (a wish finding: a strength that a wish's passing praise supports is answered by
        # nothing, "Ledningen har blivit bättre" by no "tydligt uppdrag från ledningen")
        wished_for = [
            f
            for f in finding_of.get(sid, ())
            if f in by_id
            and dominant_polarity(by_id[f].polarity) == "förslag"
            and headline_subject((headlines or {}).get(f, ""))
        ]
        # of two wish findings it supports, the one heard most widely: "En väg in för allt
        # stöd …" supported both "… önskemål om en väg in" and "… en väg in för allt stöd",
        # went with neither, and the recommendation of its theme of many wishes was about
        # the pupils' special support; no recommendation answered the väg in on its slide
        widest = max(wished_for, key=lambda f: (by_id[f].weight, f), default=None)
        own_wish = widest if widest != own else None
        # what it asks for is what that finding asks for, before any weakness it names in
        # passing ("… som avlastar cheferna" names no subject of the new chefs' finding)
        asks_its_own = own_wish is not None and _names_head(
            wanted(recommendation_text(statement.text)), headlines, own_wish
        )
        before = followed_up(statement) if own is None and own_wish is None else None
        if before is not None:
            # in no theme, its question tells what it answers better than its words do:
            # the kanslichef's "att vi blir bättre på att förklara varför vi gör som vi
            # gör", asked what would change the "vi och dom" just told of, shares no word
            # with it (blind reviews 131 and 136: "nothing answers 'vi och dom'")
            target: str | None = before
            answering.add(before)
            followed.add(sid)
        elif not asks_its_own and (subject_of := named(statement)) is not None:
            target = subject_of
            answering.add(subject_of)
        elif own_wish is not None and headlines:
            # that finding's, where no weakness names what it asks for and the clustering
            # put it in another theme, or the finding is a later one of its theme: "En
            # administratör som tar schemat" went with its theme's other wishes, or to the
            # weakness about new chefs for sharing the word "chef", and the chefs' admin,
            # asked for in both focus groups and five answers, was answered by no
            # recommendation (blind reviews 113-115). A theme's own first finding goes on
            # to the weakness of its subject, as below
            target = own_wish
            routed.add(own_wish)
        elif own in weak_ids:
            target = own
        elif own is not None:
            if own not in answers:
                answers[own] = answered(subjects[own], centroids.get(own), 1)
            # each proposal of the theme only where it is near that weakness itself: a
            # theme of wishes holds many subjects
            answer = answers[own]
            target = (
                answer
                if answer is not None
                and near_enough(statement, answer)
                and says_more(statement, answer, about.get(answer, frozenset()))
                # nor is a strength what a wish among its statements answers
                else own
                if dominant_polarity(by_id[own].polarity) != "styrka"
                else None
            )
        else:
            words = {stem(w) for w in tokens(statement.text)}
            target = answered(words, vectors.get(sid), 2)
        if target is not None:
            groups.setdefault(target, []).append(statement)

    def rank(item: tuple[str, list[Statement]]) -> tuple[int, bool, float, str]:
        # as widely as it is proposed; of as many, what answers a weakness by name first
        theme_id, proposals = item
        return (
            -len({p.source_id for p in proposals}),
            theme_id not in answering,
            -by_id[theme_id].weight,
            theme_id,
        )

    written = list((headlines or {}).values())
    headed = max(3, len(written) // 20)

    def names_subject(text: str, finding: str) -> bool:
        # every part of what its headline is about, one of them a part few headlines name
        # ("personalgrupp", not "stöd"): "hot mot skolan" is not about "IT-stödet till
        # skolan", "vänta i veckor" not about "Ärendena bollas … i veckor"
        subject = headline_subject((headlines or {}).get(finding, ""))
        return (
            bool(subject)
            and all(names_stem(text, {part}) for part in subject)
            and any(sum(names_stem(h, {part}) for h in written) <= headed for part in subject)
        )

    result: list[Recommendation] = []
    seen: set[str] = set()
    for theme_id, proposals in sorted(groups.items(), key=rank):
        # in the report's voice: a proposal about the speaker's own person is not one
        voiced = {p.id: _voiced(p, roles) for p in proposals}
        usable = [
            p for p in proposals if (line := voiced[p.id]) and proposes(line) and recommends(line)
        ]
        if not usable:
            continue
        # a finding of proposals is about what its own headline says is wished for: of
        # "Det finns önskemål om en tjänstekatalog", the proposal naming "tjänstekatalog",
        # not "Att få vara med tidigt …", which two answers say in the same words
        subject = (
            headline_subject(headlines.get(theme_id, ""))
            if headlines and theme_id not in weak_ids
            else about.get(theme_id, frozenset())
        )
        best = max(
            usable,
            key=lambda p: (
                # what the finding is about (in all the proposal says: "… så vi vet vad
                # som prioriteras"), then what most said in the same words
                names_stem(recommendation_text(p.text), subject),
                sum(1 for q in proposals if wording(q.text) == wording(p.text)),
                lenses[p.id].polarity_confidence,
                p.id,
            ),
        )
        # one source's proposal, in its own words, from one whose words may not be quoted
        # (the only holder of their role) is their words on the slide and points them out:
        # "Kommunledningskontoret bör bli bättre på att förklara varför det gör som det gör
        # och komma ut mer", the kanslichef's (blind reviews 154, 155 and 157: "identifying,
        # and too thin to be a recommendation"). The finding it answers waits for the
        # consultant's own ("Att skriva" in the notes)
        if (
            roles is not None
            and len({p.source_id for p in usable}) == 1
            and not roles.may_quote(best)
        ):
            continue
        said = str(voiced[best.id])
        # told as what to do; what it answers is read from all that was said. What it
        # is for stays where only that names what the finding it answers is about: "Inför
        # en digitaliseringsplan för hela kommunen så att man vet vad som prioriteras och
        # när" answers "Det finns ingen gemensam prioritering av vad som ska digitaliseras"
        text = instruction(said)
        if headlines and not names_subject(text, theme_id) and names_subject(said, theme_id):
            text = instruction(said, whole=True)
        # nor one an earlier says already, and more: "Inför en digitaliseringsplan för
        # hela kommunen" after "… för hela kommunen så att man vet vad som prioriteras"
        spaced = f" {wording(text)} "
        if any(spaced in f" {earlier} " for earlier in seen):
            continue
        seen.add(wording(text))
        # the findings the proposals themselves support ("T18.2"), else their themes
        also = sorted(
            {
                f
                for p in usable
                for f in finding_of.get(p.id) or [theme_of.get(p.id, "")]
                if f in by_id
            }
        )
        # it answers a finding whose headline's subject it names itself: "Mer delegation
        # och en kortare beredningsväg" does not answer "Allt är viktigt hela tiden" for
        # sharing a theme's keywords with it (without headlines, those keywords are all
        # there is to go by); the finding its proposals were found to answer may be named
        # in the whole proposal the line was cut from: "En digitaliseringsplan för hela
        # kommunen så vi vet vad som prioriteras" answers "Det finns ingen gemensam
        # prioritering av vad som ska digitaliseras"
        whole = recommendation_text(best.text)
        home = [f for f in finding_of.get(best.id) or [theme_of.get(best.id, "")] if f in by_id]
        linked = [
            t
            for t in dict.fromkeys([theme_id, *home, *also])
            if not headlines
            or names_subject(said, t)
            or (t == theme_id and names_subject(whole, t))
            # or the problem its speaker had just told of (`problem_before`)
            or (t == theme_id and best.id in followed)
            # or the wish finding it was routed to for asking what that asks for, where it
            # names what the headline asks for before any phrase of whom it is for ("admin"
            # of "En administratör per verksamhetsområde …" under "… admin nära chefen")
            or (
                t == theme_id
                and t not in weak_ids
                and t in home
                and _names_head(whole, headlines, t)
            )
        ]
        # first what it was found to answer or where its own proposal stands; another
        # proposal's finding is no place for the line chosen to lead; nor a wish finding
        # its wishes were routed to that an earlier recommendation answers already ("Verka
        # för färre styrdokument och färre mål" answers "… önskemål om färre styrdokument")
        if (
            not linked
            or linked[0] not in {theme_id, *home}
            or (theme_id in routed and any(linked[0] in r.theme_ids for r in result))
        ):
            continue
        # a wish finding answers, first, the problem one of its speakers had just told of
        # where they were then asked what would help (`problem_before`): "Mindre
        # personalgrupper, det är det självklara" to "Vad skulle hjälpa dem?" after the
        # first-line chefs' 50, 60 medarbetare (blind reviews 136 and 137 found the span
        # of control answered by no recommendation on the slides)
        if headlines:
            before_it = [
                w
                for t in linked
                if t not in weak_ids
                for sid in by_id[t].statement_ids
                if (st := statements.get(sid)) is not None
                and (w := followed_up(st)) is not None
                and not any(w in r.theme_ids for r in result)
            ]
            linked = list(dict.fromkeys([*before_it[:1], *linked]))
        # what it rests on are the proposals that read as one: not "Det mesta finns, men
        # man måste veta var", however the lens read it; nor another wish of the same
        # finding ("Att få vara med tidigt …" under "Inför en tjänstekatalog", a blind
        # review found): those in the form of a recommendation that ask for what it names,
        # or in its words, in the speaker's own voice or not ("Vi skulle kunna ha … en
        # tjänstekatalog")
        asked = wording(best.text)
        cited = [best.id] + [
            p.id
            for p in [*usable, *(p for p in proposals if p not in usable)]
            if p.id != best.id
            and recommends(line := asked_for.get(p.id) or recommendation_text(p.text))
            and (wording(p.text) == asked or (subject and names_stem(line, subject)))
        ]
        # and the proposals elsewhere that ask for the same particular thing, as near the
        # finding as its own support is: "Bättre rapporter." beside "En gemensam rapport"
        # under "Rapporterna är för tekniska" (blind review 56 found the recommendation
        # told as one voice's); not for a subject many proposals name ("stöd", "chef")
        if subject and all(particular(part) for part in subject):
            cited += [
                st.id
                for st, text in wishes
                if st.id not in cited
                and all(names_stem(text, {part}, by_modifier=False) for part in subject)
                and near_enough(st, theme_id)
            ]
        result.append(
            Recommendation(
                id=f"R{len(result) + 1}",
                text=text,
                theme_ids=tuple(linked)[:3],
                statement_ids=tuple(cited[:MAX_CITED]),
                origin=Origin(OFFLINE),
            )
        )
    # what a weakness's own headline calls for (`remedy`), where no proposal from several
    # sources answers it: in place of one voice's wish ("Utse någon som äger Lifecare …"
    # under "Det är oklart vem som äger vad", blind reviews 76 and 77), or where none
    # does; for a finding heard widely enough to be one
    for finding in weak if headlines else ():
        called = remedy((headlines or {}).get(finding.id, ""))
        if called is None or wording(called) in seen or _heard_from(finding) < _REMEDY_SOURCES:
            continue
        replacing = [k for k, r in enumerate(result) if r.theme_ids[:1] == (finding.id,)]
        # the voices that ask for what the proposal asks, not those that only name the
        # finding's subject: "Utbildning i systemen vi förväntas använda", twice, kept "Utse
        # någon som äger Lifecare …" (one answer) under "Det är oklart vem som äger
        # systemen" as if three had asked for it
        about_it = headline_subject((headlines or {}).get(finding.id, ""))
        alike: list[Statement] = []
        for k in replacing:
            asking = [statements[sid] for sid in result[k].statement_ids if sid in statements]
            alike += [st for st in asking if _asks_alike(st.text, asking[0].text, about_it)]
        # survey answers in the same words are one voice, as everywhere (blind review 144:
        # "Inför en tydlig lokalförsörjningsprocess med en kontaktperson", three answers in
        # the same words, stood in the place of the finding's own remedy)
        heard = {st.source_id for st in alike}
        if voices(heard, alike_respondents(alike)) >= _REMEDY_SOURCES - 1:
            continue
        seen.add(wording(called))
        if replacing:
            # drawn from the finding, it rests on no one's wish: "Tydliggör vem som äger
            # vad" was traced to the one answer about Lifecare (blind review 78). A thing
            # the replaced proposal names to bring in stays as an example of how, resting
            # on that proposal: "Gör det lättare att läsa rapporterna, till exempel med en
            # gemensam rapport" (blind review 117 called the bare remedy empty)
            example = _example(result[replacing[0]], statements)
            result[replacing[0]] = replace(
                result[replacing[0]],
                text=f"{called.rstrip('.')}, till exempel med {example[1]}." if example else called,
                statement_ids=(example[0],) if example else (),
            )
        else:
            result.append(
                Recommendation(
                    id="",
                    text=called,
                    theme_ids=(finding.id,),
                    statement_ids=(),
                    origin=Origin(OFFLINE),
                )
            )
    # the one that answers the most widely heard finding first, and those take the places:
    # a recommendation derives from the observations that weigh, not from a wish heard
    # in three survey answers
    result.sort(key=lambda r: -max(by_id[t].weight for t in r.theme_ids))
    # every proposal heard, spoken first: one a wish's theme holds among others may still
    # be the example a bare remedy lacks
    proposals = sorted(
        (
            st
            for st in statements.values()
            if (read := lenses.get(st.id)) is not None and read.polarity == "förslag"
        ),
        key=lambda st: (not st.source_type.is_interview, st.id),
    )
    result = _exemplified(result, weak_ids, statements, headlines or {}, proposals)
    result = _clarified(result, headlines or {})
    result = _rooted(result, by_id, statements)
    result.sort(key=lambda r: -max(by_id[t].weight for t in r.theme_ids))
    result = _packaged(result, by_id, statements, headlines or {})
    result = [r for r in result if not _only_eased(r, headlines or {})]
    return tuple(replace(r, id=f"R{k}") for k, r in enumerate(result[:limit], start=1))


_EASED = "Gör det lättare att "


def _only_eased(recommendation: Recommendation, headlines: Mapping[str, str]) -> bool:
    """Whether a recommendation is its weakness's headline turned round and nothing more:
    "Gör det lättare att läsa rapporterna." for "Rapporterna är svåra att läsa", resting
    on no proposal and with no example of how (`_exemplified`). Blind reviews 158 and
    159: "not a recommendation, it restates the problem"; the weakness is left to the
    consultant instead ("Att skriva: ingen rekommendation svarar mot …", the deck's
    notes and the client copy's list)."""
    first = recommendation.theme_ids[0] if recommendation.theme_ids else None
    return (
        first is not None
        and not recommendation.statement_ids
        and recommendation.text.startswith(_EASED)
        and recommendation.text == remedy(headlines.get(first, ""))
    )


def problem_before(
    statement: Statement,
    spoken: Sequence[Statement],
    finding_of: Mapping[str, Sequence[str]],
    problems: Collection[str],
) -> str | None:
    """The finding among `problems` that the answer before a statement's question
    supports, of the same source's statements in the order they were said (`spoken`): the
    one most of that answer's statements support, of as many the one the answer opened
    with; None where they support none. The answer before is what was said to the
    question asked before the statement's own.

    An answer opens with what its question asked about, and what comes after bears it out
    or adds to it: asked "Hur ser det ut för första linjens chefer hos er?", a
    förvaltningschef told first of chefs with 50, 60 medarbetare, then of their tasks and
    their loneliness; "Mindre personalgrupper" to "Vad skulle hjälpa dem?" answers the
    first."""
    earlier = [st for st in spoken if st.position < statement.position]
    while earlier and earlier[-1].question == statement.question:
        earlier.pop()
    if not earlier:
        return None
    asked = earlier[-1].question
    answer: list[Statement] = []
    while earlier and earlier[-1].question == asked:
        answer.append(earlier.pop())
    counts: Counter[str] = Counter()
    opened: dict[str, int] = {}
    for st in answer:
        for finding in finding_of.get(st.id, ()):
            if finding in problems:
                counts[finding] += 1
                opened[finding] = st.position  # (the answer is read last to first)
    if not counts:
        return None
    return max(counts, key=lambda f: (counts[f], -opened[f], f))


_EXAMPLE_WORDS = 14
"""The most words of a proposal told as an example of a recommendation."""
_A_THING = re.compile(r"^(?:en|ett)\s", re.IGNORECASE)


def _example(
    recommendation: Recommendation, statements: Mapping[str, Statement]
) -> tuple[str, str] | None:
    """The thing a recommendation's first proposal names to bring in, as an example of
    a remedy that takes its place, with its statement's id: "en gemensam rapport" of "En
    gemensam rapport. En sida per enhet, begriplig …". None for a proposal that tells
    what to do ("Utse någon som äger Lifecare …") or asks for more or better of
    something ("Bättre rapporter"): neither is one thing to bring in."""
    first = (
        statements.get(recommendation.statement_ids[0]) if recommendation.statement_ids else None
    )
    if first is None:
        return None
    named = recommendation_text(first.text).strip().rstrip(".")
    if not _A_THING.match(named) or not named_proposal(named):
        return None
    # and what it is to be, where the next sentence says so in a phrase of the same
    # shape: "en gemensam rapport, en sida per enhet, begriplig, som uppdateras
    # automatiskt" (blind review 118 found "en gemensam rapport" alone cryptic)
    said = split_sentences(first.text)
    at = next((k for k, s in enumerate(said) if wording(s) == wording(named)), None)
    then = said[at + 1].rstrip(" .") if at is not None and at + 1 < len(said) else ""
    if _A_THING.match(then) and word_count(named) + word_count(then) <= _EXAMPLE_WORDS:
        named = f"{named}, {lower_first(then)}"
    # told in the report's voice, it holds no speaker's own person or group: "ett
    # lönesystem som går att förstå för medarbetarna, nu hamnar alla frågor hos mig"
    if word_count(named) > _EXAMPLE_WORDS or is_personal(named) or speaks_for_a_unit(named):
        return None
    return first.id, lower_first(named)


def _exemplified(
    result: list[Recommendation],
    weak: Collection[str],
    statements: Mapping[str, Statement],
    headlines: Mapping[str, str],
    proposals: Sequence[Statement] = (),
) -> list[Recommendation]:
    """The recommendations, a weakness's bare remedy (`remedy`, drawn from its headline,
    resting on no proposal) joined by the recommendation of a wish whose proposal names
    the weakness's subject, or the staff who do it (`agent_of`), and one thing to bring in
    (`_example`): "Gör det lättare att få hjälp från kommunikation, till exempel med en
    kommunikatör som hjälper till med texter, sociala medier och rekryteringsannonser",
    answering both findings, in the remedy's place; the wish's own recommendation goes.
    Blind reviews 118 and 119 found the bare remedy only the problem turned into a verb,
    while the wish for a kommunikatör stood among the recommendations not shown.

    Where no wish's recommendation gives one, the first of `proposals` (every statement
    read as one) that does: the controllers' "En gemensam rapport. En sida per enhet,
    begriplig, som uppdateras automatiskt", in a theme of wishes whose recommendation was
    another's, is the example "Gör det lättare att läsa rapporterna" lacked; bare, it was
    left out, and the weakness heard in half the interviews had no recommendation (blind
    reviews 160-162)."""
    merged = list(result)
    for rec in result:
        first = rec.theme_ids[0] if rec.theme_ids else ""
        if first not in weak or rec.statement_ids or rec.text != remedy(headlines.get(first, "")):
            continue
        subject = headline_subject(headlines.get(first, ""))
        if not subject:
            continue
        qualifier = headline_qualifier(headlines.get(first, ""))
        for other in merged:
            wish = other.theme_ids[0] if other.theme_ids else ""
            if wish in weak or wish not in headlines or other is rec:
                continue
            example = _example(other, statements)
            if example is None or not _fits(example[1], subject, qualifier):
                continue
            joined = replace(
                rec,
                text=f"{rec.text.rstrip('.')}, till exempel med {example[1]}.",
                theme_ids=tuple(dict.fromkeys([*rec.theme_ids, *other.theme_ids]))[:3],
                statement_ids=other.statement_ids,
            )
            merged = [joined if r is rec else r for r in merged if r is not other]
            break
        else:
            said = (
                example
                for st in proposals
                if names_stem(st.text, subject)
                and (example := _example(replace(rec, statement_ids=(st.id,)), statements))
            )
            found = next((e for e in said if _fits(e[1], subject, qualifier)), None)
            if found is not None:
                joined = replace(
                    rec,
                    text=f"{rec.text.rstrip('.')}, till exempel med {found[1]}.",
                    statement_ids=(found[0],),
                )
                merged = [joined if r is rec else r for r in merged]
    return merged


def _fits(example: str, subject: frozenset[str], qualifier: frozenset[str]) -> bool:
    """Whether a thing to bring in is an example for a weakness: it names every part of
    the weakness's subject, or the staff who do it (`agent_of`), and which of its kind
    where the headline says it (`_qualified`)."""
    return all(
        names_stem(example, {part}) or any(agent_of(part, stem(w)) for w in tokens(example))
        for part in subject
    ) and _qualified(example, qualifier)


def _qualified(text: str, qualifier: frozenset[str]) -> bool:
    """Whether a proposal names which of its kind a headline's subject is, where the
    headline says it (`headline_qualifier`: the "IT" of "IT-ärenden tar veckor")."""
    return all(names_stem(text, {part}) for part in qualifier)


def _names_head(text: str, headlines: Mapping[str, str] | None, finding: str) -> bool:
    """Whether a proposal names what a finding's headline names before any phrase of whom
    it is for (`headline_head`: "admin" of "Det finns önskemål om admin nära chefen")."""
    head = headline_head((headlines or {}).get(finding, ""))
    return bool(head) and all(names_stem(text, {part}) for part in head)


_CLARIFIED_MOST = 3
"""The most findings whose unclear things one recommendation makes clear: a longer list
is no sentence a reader takes in."""


def _clarified(result: list[Recommendation], headlines: Mapping[str, str]) -> list[Recommendation]:
    """The recommendations, those that make clear what several findings' headlines say is
    unclear (`unclear`; each drawn from its finding, `remedy`) made one, in the place of
    the weightiest, the most widely heard first: "Tydliggör vem som äger systemen, vart man
    vänder sig och vem som ska beställa ändringen när något slutar fungera." One act, and
    the findings it answers read as the one pattern they are; as three recommendations
    they were a list of tasks (blind review 115: "a wish list, not recommendations")."""
    unclear_at = [
        k
        for k, rec in enumerate(result)
        if (headline := headlines.get(rec.theme_ids[0], ""))
        and unclear(headline) is not None
        and rec.text == remedy(headline)
    ][:_CLARIFIED_MOST]
    if len(unclear_at) < 2:
        return result
    told = listing([str(unclear(headlines[result[k].theme_ids[0]])) for k in unclear_at])
    first = result[unclear_at[0]]
    joined = replace(
        first,
        text=f"Tydliggör {told}.",
        theme_ids=tuple(result[k].theme_ids[0] for k in unclear_at),
    )
    return [
        joined if k == unclear_at[0] else rec
        for k, rec in enumerate(result)
        if k not in unclear_at[1:]
    ]


def _rooted(
    result: list[Recommendation], by_id: Mapping[str, Theme], statements: Mapping[str, Statement]
) -> list[Recommendation]:
    """The recommendations, a weakness's bare remedy (drawn from its headline alone,
    resting on no one's wish) left out where the weakness is told together with another
    that a recommendation answers (`told_together`): that one answers it too, named second,
    and says so in the words of the remedy's end (`purpose`). "Korta ledtiderna för
    IT-ärenden" restated the symptom, where five interviews and groups told of the waiting
    cases in the same answer as of systems nobody owns; "Tydliggör vem som äger systemen
    …, så att ledtiderna för IT-ärenden blir kortare" says where to start (blind review
    121: "The cause sits in the systemägarskap recommendation, and the deck does not
    connect the two"). One such end per recommendation: two made a sentence of goals."""

    def support(finding: str) -> list[Statement]:
        return [statements[sid] for sid in by_id[finding].statement_ids if sid in statements]

    answered_by: dict[str, int] = {}
    for k, rec in enumerate(result):
        for t in rec.theme_ids:
            answered_by.setdefault(t, k)
    dropped: set[int] = set()
    taking: dict[int, list[str]] = defaultdict(list)
    ends: dict[int, str] = {}
    for k, rec in enumerate(result):
        end = purpose(rec.text)
        if rec.statement_ids or len(rec.theme_ids) != 1 or k in taking or end is None:
            continue
        (finding,) = rec.theme_ids
        others = {
            t: support(t)
            for t, j in answered_by.items()
            if j != k
            and j not in dropped
            and j not in taking
            and t in by_id
            and dominant_polarity(by_id[t].polarity) == "svaghet"
        }
        found = told_together(support(finding), others)
        if found is None:
            continue
        target = answered_by[found[0]]
        taking[target].append(finding)
        ends[target] = end
        dropped.add(k)
    return [
        replace(
            rec,
            text=f"{rec.text.rstrip('.')}, {ends[k]}.",
            theme_ids=(rec.theme_ids[0], *taking[k], *rec.theme_ids[1:]),
        )
        if k in taking
        else rec
        for k, rec in enumerate(result)
        if k not in dropped
    ]


_PACKAGE_MOST = 2
"""The most other wishes one recommendation takes in: a thing to build with two more that
belong to it is a package; more is a programme of its own."""


def _packaged(
    recommendations: Sequence[Recommendation],
    findings: Mapping[str, Theme],
    statements: Mapping[str, Statement],
    headlines: Mapping[str, str],
) -> list[Recommendation]:
    """The recommendations, each answering a wish ("Det finns önskemål om en väg in") with
    the wishes heard together with it joined to it: "Inför en väg in för allt stöd, med en
    tjänstekatalog och överenskomna servicenivåer", answering all three. A wish is heard
    together with another where at least half of its sources (two or more) say the other
    too, and someone names both in one statement ("en väg in … en portal med en
    tjänstekatalog … Och sen överenskomna servicenivåer"): what the same people ask for in
    one breath is one thing to build. Three recommendations in a row, one per wish, read
    as a list of what was said (blind review 112 wrote the three as one, "en gemensam
    ingång … med tjänstekatalog och överenskomna servicenivåer"), and the catalogue,
    asked for in six interviews, had no place among the ten shown. Sharing sources alone
    is not enough: on an engagement of a few interviews, every wish shares them.

    A wish that leads an earlier recommendation is not taken into a later one; a joined
    wish's own recommendation goes, its proposals cited by the package."""

    def sources(ids: Collection[str]) -> set[str]:
        return {statements[i].source_id for i in ids if i in statements}

    # what each wish asks for, every word of it: "hjälp" alone of "hjälp med
    # digitalisering" is named wherever anyone asks for help
    stop = stop_words()
    wishes = {
        fid: asked
        for fid, headline in headlines.items()
        if fid in findings
        and (asked := frozenset(stem(w) for w in tokens(wished(headline) or "") if w not in stop))
    }

    def names(text: str, fid: str) -> bool:
        return all(names_stem(text, {part}) for part in wishes[fid])

    result = list(recommendations)
    k = 0
    while k < len(result):
        rec = result[k]
        first = rec.theme_ids[0] if rec.theme_ids else ""
        if first not in wishes:
            k += 1
            continue
        leading = {r.theme_ids[0] for r in result[: k + 1] if r.theme_ids}
        package = set(findings[first].statement_ids)
        joined: list[str] = []
        for fid in sorted(wishes, key=lambda f: (-findings[f].weight, f)):
            if len(joined) >= _PACKAGE_MOST or fid in leading or fid in rec.theme_ids:
                continue
            own = set(findings[fid].statement_ids)
            heard = sources(own)
            shared = heard & sources(package)
            if len(shared) < 2 or 2 * len(shared) < len(heard):
                continue
            if not any(
                names(st.text, first) and names(st.text, fid)
                for sid in sorted(package | own)
                if (st := statements.get(sid)) is not None
            ):
                continue
            joined.append(fid)
            package |= own
        if not joined:
            k += 1
            continue
        others = [r for r in result[k + 1 :] if r.theme_ids and r.theme_ids[0] in joined]
        # each part of the package cited: a joined wish by its own recommendation's first
        # proposal, else by a statement of its finding that names what it asks for
        cited = [*rec.statement_ids[: MAX_CITED - len(joined)]]
        for fid in joined:
            theirs = next((r.statement_ids for r in others if r.theme_ids[0] == fid), None)
            if theirs is None:
                theirs = tuple(
                    sid
                    for sid in findings[fid].statement_ids
                    if (st := statements.get(sid)) is not None and names(st.text, fid)
                )
            cited += theirs[:1]
        added = [str(wished(headlines[fid])) for fid in joined if not names(rec.text, fid)]
        text = f"{rec.text.rstrip(' .')}, med {listing(added)}." if added else rec.text
        result[k] = replace(
            rec,
            text=text,
            theme_ids=tuple(dict.fromkeys([first, *joined, *rec.theme_ids[1:]]))[:3],
            statement_ids=tuple(dict.fromkeys(cited))[:MAX_CITED],
        )
        result = [r for r in result if not any(r is other for other in others)]
        k += 1
    return result


def _asks_alike(text: str, other: str, subject: frozenset[str]) -> bool:
    """Whether two proposals ask for the same: in the same words, or saying a word of the
    same beyond the `subject` of the finding they answer (`headline_claim`: "äger" of
    "Någon som äger Lifecare och kan vidareutveckla systemet", not "systemen" of
    "Utbildning i systemen")."""
    if wording(text) == wording(other):
        return True
    return bool(headline_claim(text, subject) & headline_claim(other, subject))


_REMEDY_SOURCES = 3
"""The fewest sources of a weakness that a recommendation of its own headline's
(`remedy`) answers; and a proposal from one fewer than that is no voice enough to stand
in its place."""


def _heard_from(theme: Theme) -> int:
    """How many sources a finding is heard from, all kinds together (its breadth)."""
    sources = theme.breadth.get("sources")
    if not isinstance(sources, Mapping):
        return len(theme.statement_ids)
    return sum(int(n) for n in sources.values() if isinstance(n, int | float))


def _voiced(proposal: Statement, roles: RoleGroups | None) -> str | None:
    """A proposal in the report's voice (`report_voice`), or None where it is about the
    speaker's own person. Where only the speaker's own clause after what is wanted is, it
    is told of anyone ("… så att man vet vad som prioriteras och när", `impersonal`), or
    else what is wanted stands without it ("… tillsammans med oss")."""
    # a speaker in the central administration whose own unit would point them out
    # speaks for the administration: the kanslichef's "att vi blir bättre på att förklara
    # varför vi gör som vi gör", asked what would change the sectors' "vi och dom", is
    # what the administration should do, and several there were interviewed
    unit = statement_unit([proposal], roles) or (
        Unit(" ".join(proposal.sector.split()))
        if proposal.sector and names_central(proposal.sector)
        else None
    )
    said = recommendation_text(proposal.text)
    return (
        report_voice(said, unit)
        or report_voice(impersonal(said), unit)
        or report_voice(without_own_clause(said), unit)
    )


def _subject(theme: Theme) -> set[str]:
    """What a finding is about, as word stems: its keywords and its headline's words."""
    return {stem(word) for word in (*theme.keywords, *tokens(theme.label))}


# How the assessment names each perspective, in the framework's order (DOMAIN.md)
_PERSPECTIVE_PHRASE = {
    "utvecklingssituation": "utvecklingssituationen",
    "strukturer": "strukturen",
    "aktörer": "aktörerna",
}
_WEAK_PER_PERSPECTIVE = 2
_STRONG_PER_PERSPECTIVE = 1


def _picture(perspective: str, phrase: str, leaning: str) -> str:
    """How a perspective's findings lean, as a sentence. The development situation is
    demands from outside (DOMAIN.md: economy, demography, digitalisation): it is
    "krävande", not "kritisk", which reads as criticism of demography (blind review 72)."""
    if perspective == "utvecklingssituation":
        said = {
            "kritisk": "krävande",
            "övervägande kritisk": "i huvudsak krävande",
            "övervägande positiv": "i huvudsak gynnsam",
            "positiv": "gynnsam",
        }.get(leaning, leaning)
        return f"Utvecklingssituationen beskrivs som {said}."
    return f"Bilden av {phrase} är {leaning}."


_MOSTLY = 0.6


def _leaning(weak: float, strong: float, findings: int) -> str | None:
    """How the findings of one perspective lean, as a consultant sums them up, by how
    widely the weaknesses and the strengths are heard (their `Theme.weight`s): "kritisk"
    where only weaknesses are among them, "övervägande kritisk" where at least three in
    five parts are weaknesses, and the same for "positiv"; "blandad" in between. None for
    a single finding: one finding is no picture.

    Weighed, not counted: three narrow findings about the chefs' conditions made one
    (`gathered_findings`) turned a count of the aktörer from mixed to mostly positive,
    though as much was heard as before."""
    if findings < 2:
        return None
    if weak >= _MOSTLY * (weak + strong):
        return "övervägande kritisk" if strong else "kritisk"
    if strong >= _MOSTLY * (weak + strong):
        return "övervägande positiv" if weak else "positiv"
    return "blandad"


def offline_assessment(
    themes: Sequence[Theme],
    headlines: Mapping[str, str],
    *,
    counted: Sequence[Theme] | None = None,
    statements: Mapping[str, Statement] | None = None,
    roles: RoleGroups | None = None,
    answered: Collection[str] = (),
    packages: Mapping[str, Sequence[str]] | None = None,
    beside: Mapping[str, str] | None = None,
) -> Assessment:
    """One point per perspective the findings speak to: how its findings lean (`_leaning`:
    the weaknesses and strengths among `counted`, the engagement's findings heard widely
    enough to weigh, or else among `themes`), then the weaknesses heard most widely and
    the strength heard most widely among `themes`, in full sentences built from the
    findings' headlines; each point names the findings it rests on. The deck may show a
    finding beyond `themes` (the survey's best-rated function's strength), so the leaning
    counts all of them. The picture is told as a judgment, not as the count it rests on:
    "15 svagheter" beside the three a perspective's slides show reads as a tally (the
    sixth review).

    With `packages` (per wish, the wishes its recommendation builds with it, `_packaged`),
    the wish most widely heard is told with them: "Mest efterfrågas en väg in, med en
    tjänstekatalog och överenskomna servicenivåer", as the recommendation says; and with
    `beside` (per finding, the line its slide gives of what was said beside it: of a
    wish, what is feared of it, `synth.draft.misgivings`), with that weighed against it:
    "…, men i en intervju beskrivs att sektorerna är lite mer skeptiska …". An assessment
    that gives a wish without what holds it back reads as if everyone wanted it (blind
    review 158: "no tensions"). Of a weakness or strength it names, the answer of the
    unit it is about (`synth.draft.replies`) follows its sentence: "I en intervju
    bekräftas bilden delvis: …" (blind review 160: the strongest qualifying evidence, from
    the function criticised).

    With `statements`, a weakness or strength the point names is followed by the reason
    its sources give for it, where several give one (`given_reason`): "…; som skäl anges
    i två fokusgrupper att det inte fungerar centralt", its sources named as `roles` tells
    them.

    After the most widely heard weakness, one a recommendation answers (`answered`, the
    findings' ids) comes before one none does: the assessment leads to what is
    recommended. "Rapporterna är svåra att läsa", answered by none, had taken the place
    of "Det är oklart vem som äger systemen", answered by "Tydliggör vem som äger
    systemen", in the assessment and so in the summary (blind reviews 94 and 95)."""
    active = [t for t in themes if draftable(t)]
    every = [
        t
        for t in (counted if counted is not None else themes)
        if draftable(t) and not topic_only(headlines.get(t.id, t.label), t.id)
    ]
    by_reach = sorted(active, key=lambda t: (-t.weight, t.id))
    labels = {t.id: t.label for t in [*themes, *(counted or ())]}
    names = {
        str(name)
        for t in active
        if isinstance(sectors := t.breadth.get("sectors"), dict)
        for name in sectors
    }
    points: list[AssessmentPoint] = []
    # a headline that only names what its statements are about states nothing to assess
    stated = [t for t in by_reach if not topic_only(headlines.get(t.id, t.label), t.id)]
    for perspective, phrase in _PERSPECTIVE_PHRASE.items():
        own = [t for t in stated if t.perspective == perspective]
        weak = [t for t in own if dominant_polarity(t.polarity) == "svaghet"]
        strong = [t for t in own if dominant_polarity(t.polarity) == "styrka"]
        judged = [
            (polarity, t.weight)
            for t in every
            if t.perspective == perspective
            and (polarity := dominant_polarity(t.polarity)) in {"svaghet", "styrka"}
        ]
        leaning = _leaning(
            sum(weight for polarity, weight in judged if polarity == "svaghet"),
            sum(weight for polarity, weight in judged if polarity == "styrka"),
            len(judged),
        )
        weak = weak[:1] + sorted(weak[1:], key=lambda t: t.id not in answered)
        weak, strong = weak[:_WEAK_PER_PERSPECTIVE], strong[:_STRONG_PER_PERSPECTIVE]
        # the wish heard most widely: often the widest finding of all ("en väg in"); not
        # one about what a weakness the point names is about, which says it again ("Flest
        # tar upp att det inte finns någon gemensam prioritering av vad som ska
        # digitaliseras … Flest efterfrågar hjälp med digitalisering", a blind review)
        named = [headline_subject(headlines.get(t.id, t.label)) for t in weak]
        wishes = [
            (t, asked)
            for t in own
            if dominant_polarity(t.polarity) == "förslag"
            and (asked := wished(headlines.get(t.id, t.label)))
            and not any(
                subject_within(headline_subject(headlines.get(t.id, t.label)), n) for n in named
            )
        ][:1]
        if not weak and not strong:
            continue

        def said(chosen: Sequence[Theme]) -> str:
            return listing([said_clause(headlines.get(t.id, t.label), names) for t in chosen])

        # "som en styrka" before the clause: after it, it would read as part of the
        # headline ("… vilket verkligen behövs som en styrka")
        companions: tuple[str, ...] = ()
        if leaning is not None:
            # the side the picture leans to first: a positive picture is told by its strengths
            positive = bool(strong) and (not weak or leaning.endswith("positiv"))
            if positive:
                weak = weak[:1]
            first, other = (strong, weak) if positive else (weak, strong)
            verb, side = ("lyfts", "svaghet tas upp") if positive else ("tas upp", "styrka lyfts")
            text = _picture(perspective, phrase, leaning)
            sentences: list[tuple[str, str | None, str, str]] = []
            for t in first:
                where = heard_in(t.breadth)
                headline = headlines.get(t.id, t.label).strip().rstrip(".")
                # a headline of two clauses as the subject of "tas upp" reads as if the
                # second took it up ("Att digitaliseringen går för långsamt, andra kommuner
                # har kommit längre tas upp …"): it is quoted whole
                told = said_clause(headline, names, whole=True)
                why = _reason(t, headline, statements, roles)
                # (once: the other is not then told with this one again)
                if not why and t in weak and t.id not in companions:
                    why, companion = _told_with(t, every, headlines, names, statements, roles)
                    companions += companion
                # two heard as widely, with nothing said of either beside it, are one
                # sentence: "Att … tas upp i merparten av intervjuerna" twice running read as
                # a tally (blind review 123: "the same sentence pattern four times")
                replied = _replied((beside or {}).get(t.id, ""))
                if (
                    sentences
                    and not why
                    and not sentences[-1][2]
                    and where == sentences[-1][1]
                    and not sentences[-1][0].startswith("både ")
                ):
                    merged = f"både {sentences[-1][0]} och {told}"
                    sentences[-1] = (merged, where, "", sentences[-1][3] + replied)
                    continue
                sentences.append((told, where, why, replied))
            before = None
            for told, where, why, replied in sentences:
                # where it is heard first, the clause after the verb: "I merparten av
                # intervjuerna beskrivs att IT-ärenden tar veckor", as a report attributes,
                # where "Att IT-ärenden tar veckor tas upp i merparten av intervjuerna" made
                # the clause the subject and read as a tally (blind review 133: "paragraphs
                # of 'tas upp i merparten av intervjuerna'"); a quoted headline is no clause
                # (the second of two heard as widely "också": the same opening twice running
                # read as a list)
                if where and told.startswith(("att ", "både att ")):
                    said_as = ("lyfts" if positive else "beskrivs") + (
                        " också" if where == before else ""
                    )
                    text += f" {capitalise(where)} {said_as} {told}{why}."
                    before = where
                else:
                    text += f" {capitalise(told)} {verb}{f' {where}' if where else ''}{why}."
                    before = None
                text += replied
            if other:
                where = heard_in(other[0].breadth)
                text += f" Som en {side}{f' {where}' if where else ''} {said(other)}."
                text += "".join(_replied((beside or {}).get(t.id, "")) for t in other)
        elif weak:
            # the weakness most widely heard, not what most say: a wish ("en väg in") may be
            # heard more widely still
            text = f"Den svaghet som flest tar upp om {phrase} är {said(weak)}."
        else:
            text = f"Om {phrase} lyfts som en styrka framför allt {said(strong)}."
        # with what is asked for together with it, as its recommendation builds them
        together_with = (packages or {}).get(wishes[0][0].id, ()) if wishes else ()
        # not a wish that only says the first one again in more words: "Mest efterfrågas
        # en väg in, med en väg in för allt stöd"
        joined = [
            (fid, str(asked))
            for fid in together_with
            if (asked := wished(headlines.get(fid) or labels.get(fid, "")))
            and not (wishes and f" {wording(asked)} ".startswith(f" {wording(wishes[0][1])} "))
        ]
        if wishes:
            together = f", med {listing([asked for _, asked in joined])}" if joined else ""
            feared = _against_it((beside or {}).get(wishes[0][0].id, ""))
            text += f" Mest efterfrågas {wishes[0][1]}{together}{feared}."
        ids = tuple(
            dict.fromkeys(
                [
                    *(t.id for t in [*weak, *strong, *(t for t, _ in wishes)]),
                    *(f for f, _ in joined),
                    *companions,
                ]
            )
        )
        points.append(AssessmentPoint(text=text, theme_ids=ids))
    return Assessment(points=tuple(points), origin=Origin(OFFLINE))


def _replied(line: str) -> str:
    """The answer of the unit a weakness or strength is about (the line said beside it,
    `synth.draft.replies`), as the sentence after the one that names the finding (" I en
    intervju bekräftas bilden delvis: …"); empty for none."""
    return f" {line}" if line else ""


def _against_it(line: str) -> str:
    """A misgiving's evidence line as the end of the sentence that gives the wish: ", men
    i en intervju beskrivs att …" (its "samtidigt" says no more after the "men")."""
    if not line:
        return ""
    return ", men " + lower_first(line.replace(" samtidigt ", " ", 1).rstrip(" ."))


def _told_with(
    theme: Theme,
    findings: Sequence[Theme],
    headlines: Mapping[str, str],
    names: Collection[str],
    statements: Mapping[str, Statement] | None,
    roles: RoleGroups | None,
) -> tuple[str, tuple[str, ...]]:
    """The weakness of another subject that the interviews and groups of a weakness tell
    in the same answer (`told_together`), as the end of the sentence that names it (", i
    fyra intervjuer och en fokusgrupp i samma sammanhang som att det är oklart vem som
    äger systemen"), and its id; empty where none is told with it widely enough."""
    if not statements:
        return "", ()

    def support(finding: Theme) -> list[Statement]:
        return [statements[sid] for sid in finding.statement_ids if sid in statements]

    subject = headline_subject(headlines.get(theme.id, theme.label))
    others = {
        f.id: support(f)
        for f in findings
        if f.id != theme.id
        and dominant_polarity(f.polarity) == "svaghet"
        and not subject_within(headline_subject(headlines.get(f.id, f.label)), subject)
    }
    own = support(theme)
    found = told_together(own, others)
    if found is None:
        return "", ()
    other, sources = found
    kinds = {
        st.source_id: roles.told_kind(st) if roles else st.source_type
        for st in own
        if st.source_id in sources
    }
    where = lower_first(attributed(list(kinds.values())))
    label = next(f.label for f in findings if f.id == other)
    clause = said_clause(headlines.get(other, label), names)
    return f", {where} i samma sammanhang som {clause}", (other,)


def _reason(
    theme: Theme,
    headline: str,
    statements: Mapping[str, Statement] | None,
    roles: RoleGroups | None,
) -> str:
    """The reason a finding's sources give for it, as the end of the sentence that names
    it ("; som skäl anges i två fokusgrupper att det inte fungerar centralt"); empty where
    several do not give one (`given_reason`)."""
    if not statements:
        return ""
    support = [statements[sid] for sid in theme.statement_ids if sid in statements]
    reason = given_reason(support, headline_subject(headline))
    if reason is None:
        return ""
    # one kind per source, told as the evidence lines tell it: the only group interview,
    # with two participants, is an interview
    first: dict[str, SourceType] = {}
    for sid in reason.statement_ids:
        st = statements[sid]
        first.setdefault(st.source_id, roles.told_kind(st) if roles else st.source_type)
    where = lower_first(attributed(list(first.values())))
    return f"; som skäl anges {where} att {reason.clause}"
