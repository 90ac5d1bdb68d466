"""Each construction the extractor knows, on sentences written for the test."""

from __future__ import annotations

import pytest
from extracted import extract

CASES = [
    # (text, kind, content, cue, mention, method)
    (
        "« Nous ne fermerons aucune école », a déclaré la maire de Ribeauvillé.",
        "direct",
        "Nous ne fermerons aucune école",
        "a déclaré",
        "la maire de Ribeauvillé",
        "incise",
    ),
    (
        "« Le calendrier sera tenu », a-t-il assuré devant les élus.",
        "direct",
        "Le calendrier sera tenu",
        "a-t-il assuré",
        "il",
        "incise",
    ),
    (
        "Le préfet Marc Obiang a déclaré : « Aucune évacuation n'est prévue ce soir. »",
        "direct",
        "Aucune évacuation n'est prévue ce soir.",
        "a déclaré",
        "Le préfet Marc Obiang",
        "preposed",
    ),
    (
        "La ministre Hélène Vasseur a affirmé que la réforme serait votée avant l'été.",
        "indirect",
        "la réforme serait votée avant l'été",
        "a affirmé",
        "La ministre Hélène Vasseur",
        "que",
    ),
    (
        "Le directeur du club a exclu de vendre son meilleur joueur cet hiver.",
        "indirect",
        "de vendre son meilleur joueur cet hiver",
        "a exclu",
        "Le directeur du club",
        "infinitive",
    ),
    (
        "Le gouvernement n'a pas exclu un report de la taxe carbone.",
        "indirect",
        "un report de la taxe carbone",
        "n'a pas exclu",
        "Le gouvernement",
        "object",
    ),
    (
        "Selon le procureur Alain Ferrand, l'incendie était d'origine criminelle.",
        "indirect",
        "l'incendie était d'origine criminelle",
        "Selon",
        "le procureur Alain Ferrand",
        "preposition",
    ),
    (
        "Paul Girard a estimé que la décision était « totalement injuste » pour les riverains.",
        "mixed",
        "la décision était « totalement injuste » pour les riverains",
        "a estimé",
        "Paul Girard",
        "que",
    ),
]


@pytest.mark.parametrize(("text", "kind", "content", "cue", "mention", "method"), CASES)
def test_construction(nlp, text, kind, content, cue, mention, method) -> None:
    statements = extract(nlp, text)
    assert len(statements) == 1, [s.content for s in statements]
    [s] = statements
    assert (s.kind, s.content, s.cue, s.speaker_mention, s.method) == (
        kind,
        content,
        cue,
        mention,
        method,
    )
    assert text[s.content_span[0] : s.content_span[1]] == s.content


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "« Le pont sera rouvert en juin », a précisé dimanche la maire Julie Perrin.",
            "la maire Julie Perrin",
        ),
        (
            "« Rien n'est décidé », a déclaré à la presse le préfet Omar Dicko.",
            "le préfet Omar Dicko",
        ),
        ("La direction, de son côté, a assuré que les salaires seraient versés.", "La direction"),
    ],
)
def test_speaker_mention_skips_times_complements_and_adjuncts(nlp, text, mention) -> None:
    [s] = extract(nlp, text)
    assert s.speaker_mention == mention


def test_postposed_cue_after_an_unquoted_clause(nlp) -> None:
    text = "La piscine de Vauclin fermera tout l'hiver pour travaux, a annoncé mardi la mairie."
    [s] = extract(nlp, text)
    assert (s.method, s.kind, s.speaker_mention) == ("postposed", "indirect", "la mairie")
    assert s.content == "La piscine de Vauclin fermera tout l'hiver pour travaux"


def test_relative_clause_before_the_verb_is_not_a_postposed_report(nlp) -> None:
    text = "Le collectif, qui réunit une dizaine d'associations, a annoncé une marche samedi."
    assert all(s.method != "postposed" for s in extract(nlp, text))


def test_source_report_keeps_the_named_speakers_own_statement(nlp) -> None:
    text = "Selon son entourage, le ministre n'a pas exclu de démissionner avant l'été."
    outer, inner = extract(nlp, text)
    assert (outer.method, outer.speaker_mention) == ("preposition", "son entourage")
    assert (inner.method, inner.speaker_mention, inner.via) == (
        "infinitive",
        "le ministre",
        outer.id,
    )


def test_auxiliary_separated_from_its_participle(nlp) -> None:
    text = "Le syndicat, qui compte 300 adhérents, a de son côté assuré qu'il ne signerait rien."
    [s] = extract(nlp, text)
    assert (s.speaker_mention, s.content) == ("Le syndicat", "il ne signerait rien")


def test_coordinated_que_clauses_are_one_report(nlp) -> None:
    text = (
        "Le maire a annoncé que la ville garderait son budget, mais qu'elle réclamerait "
        "un audit en juin."
    )
    [s] = extract(nlp, text)
    assert s.content.endswith("un audit en juin")


def test_headline_with_its_own_reporting_verb(nlp) -> None:
    text = "Bretagne : Anne Kervella promet de « rouvrir la ligne »\nLa candidate a tenu meeting."
    [s] = extract(nlp, text)
    assert (s.method, s.content, s.speaker_mention) == (
        "infinitive",
        "de « rouvrir la ligne »",
        "Anne Kervella",
    )


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        (
            "Le ministre s'est dit « prêt à discuter » avec les syndicats.",
            "mixed",
            "« prêt à discuter » avec les syndicats",
        ),
        (
            "La maire s'est montrée favorable à une consultation.",
            "indirect",
            "favorable à une consultation",
        ),
        ("« La crue est passée », selon le préfet Paul Marin.", "direct", "La crue est passée"),
    ],
)
def test_stances_and_quotes_attributed_by_selon(nlp, text, kind, content) -> None:
    [s] = extract(nlp, text)
    assert (s.kind, s.content) == (kind, content)


def test_manner_is_not_a_stance(nlp) -> None:
    assert extract(nlp, "Son capitaine, Hugo Marsan, s'est montré plus sévère.") == []


def test_clause_whose_own_verb_is_a_cue_stays_whole(nlp) -> None:
    text = (
        "Il a indiqué que le principal client, la société Varnel, s'était engagé à "
        "commander 300 machines."
    )
    outer, *nested = extract(nlp, text)
    assert outer.content.endswith("commander 300 machines")
    assert all(n.via == outer.id for n in nested)  # the client's own commitment, reported


def test_quotation_after_pour_x_runs_past_a_semicolon(nlp) -> None:
    text = (
        'Pour Lise Caron, analyste chez Ardent, "la hausse est fragile ; tout dépendra '
        'des taux en 2026".'
    )
    [s] = extract(nlp, text)
    assert s.content.endswith('en 2026"') or s.content.endswith("en 2026")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le syndicat a appelé à une grève de deux heures vendredi.",
            "à une grève de deux heures vendredi",
        ),
        (
            "Le maire a plaidé pour un « grand emprunt » régional.",
            "pour un « grand emprunt » régional",
        ),
        (
            "Le préfet a appelé les riverains à la plus grande prudence.",
            "les riverains à la plus grande prudence",
        ),
    ],
)
def test_calls_and_pleas_with_a_preposition(nlp, text, content) -> None:
    [s] = extract(nlp, text)
    assert s.content == content


def test_object_after_a_day_word(nlp) -> None:
    text = "La direction du port a dénoncé mercredi une « prise d'otage de l'économie »."
    [s] = extract(nlp, text)
    assert s.content == "une « prise d'otage de l'économie »"


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "Selon la préfecture, 14 communes sont déjà ravitaillées par camions-citernes, "
            "pour un coût de 20 000 euros par semaine.",
            "14 communes sont déjà ravitaillées par camions-citernes, pour un coût de 20 000 "
            "euros par semaine",
            "la préfecture",
        ),
        (
            "Les cas ont presque doublé en deux ans, selon le bilan publié mardi par l'agence.",
            "Les cas ont presque doublé en deux ans",
            "le bilan",
        ),
    ],
)
def test_selon_at_either_end_of_a_written_sentence(nlp, text, content, mention) -> None:
    [s] = extract(nlp, text)
    assert (s.content, s.speaker_mention) == (content, mention)


def test_present_participle_after_a_comma_ends_the_object(nlp) -> None:
    text = "Le port a dénoncé une « prise d'otage », chiffrant les pertes à un million par jour."
    [s] = extract(nlp, text)
    assert s.content == "une « prise d'otage »"


def test_accusation_with_its_object(nlp) -> None:
    [s] = extract(nlp, "La maire a accusé le préfet de mensonge.")
    assert s.content == "le préfet de mensonge"


def test_day_word_parsed_as_the_object_is_left_out(nlp) -> None:
    text = "La maire a annoncé lundi la suspension du tracé nord du tramway."
    [s] = extract(nlp, text)
    assert s.content == "la suspension du tracé nord du tramway"


def test_coordinated_reporting_verbs_share_their_subject(nlp) -> None:
    text = (
        "La conseillère Nadia Brun a dénoncé un « abandon du service public » et accusé "
        "la majorité d'avoir « laissé pourrir le bâtiment »."
    )
    first, second = extract(nlp, text)
    assert first.content == "un « abandon du service public »"
    assert second.content == "la majorité d'avoir « laissé pourrir le bâtiment »"
    assert first.speaker_mention == second.speaker_mention == "La conseillère Nadia Brun"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le maire serait opposé au projet de tramway.", "opposé au projet de tramway"),
        ("La ministre serait prête à démissionner.", "prête à démissionner"),
    ],
)
def test_position_reported_in_the_conditional(nlp, text, content) -> None:
    [s] = extract(nlp, text)
    assert (s.method, s.content) == ("stance", content)


def test_conditional_fact_is_not_a_position(nlp) -> None:
    assert extract(nlp, "La route serait ouverte demain matin.") == []


def test_calling_someone_is_not_a_statement(nlp) -> None:
    assert extract(nlp, "Le préfet a appelé les pompiers de Lyon en renfort.") == []


@pytest.mark.parametrize(
    "text",
    ["« Je repars, évidemment », sourit-elle.", "« Ce n'est pas le sujet », tranche-t-elle."],
)
def test_incise_verbs_the_tagger_misreads(nlp, text) -> None:
    [s] = extract(nlp, text)
    assert (s.method, s.speaker_mention) == ("incise", "elle")


def test_paragraph_after_a_closing_quote_keeps_its_parse(nlp) -> None:
    text = (
        '"Le chantier avance", a-t-il assuré. "Nous tiendrons les délais. Je le promets."\n'
        "Le maire a déclaré dans le même entretien qu'il resterait prudent sur le budget."
    )
    statements = extract(nlp, text)
    assert statements[-1].method == "que"
    assert statements[-1].content == "il resterait prudent sur le budget"


def test_negated_cue_is_marked(nlp) -> None:
    [s] = extract(nlp, "Le maire n'a jamais dit que le marché serait supprimé.")
    assert s.polarity == "negated"
    assert s.content == "le marché serait supprimé"


def test_headline_with_colon(nlp) -> None:
    text = "Lucie Marchand : « Nous irons jusqu'au bout »\nLa candidate a tenu meeting hier."
    statements = extract(nlp, text)
    assert statements[0].method == "headline"
    assert statements[0].content == "Nous irons jusqu'au bout"
    assert statements[0].speaker_mention == "Lucie Marchand"


def test_floating_quote_continues_previous_speaker(nlp) -> None:
    text = (
        "« Le site restera ouvert », a promis Jeanne Roux. "
        "« Nous avons trouvé un repreneur sérieux et les salariés seront tous gardés. »"
    )
    first, second = extract(nlp, text)
    assert second.method == "floating"
    assert second.content.startswith("Nous avons trouvé")
    assert first.speaker is not None and second.speaker == first.speaker


def test_nested_report_links_via(nlp) -> None:
    text = (
        "La porte-parole Inès Carré a déclaré que le directeur Hugo Blanc avait promis "
        "qu'aucun poste ne serait supprimé."
    )
    outer, inner = extract(nlp, text)
    assert inner.via == outer.id
    assert inner.speaker_mention == "le directeur Hugo Blanc"


def test_journalist_narrative_and_scare_quotes_are_not_statements(nlp) -> None:
    text = (
        "Le conseil municipal s'est réuni mardi soir dans une ambiance tendue.\n"
        "Le projet, qualifié de « gouffre » par ses opposants dans un tract, coûtera "
        "douze millions d'euros.\nLes travaux commenceront en septembre."
    )
    assert extract(nlp, text) == []


def test_spans_are_exact_on_the_seed_article(nlp, seed_dir) -> None:
    text = (seed_dir / "article.txt").read_text(encoding="utf-8")
    statements = extract(nlp, text)
    assert len(statements) >= 15
    for s in statements:
        assert text[s.content_span[0] : s.content_span[1]] == s.content
        if s.cue_span:
            assert text[s.cue_span[0] : s.cue_span[1]] == s.cue
        if s.speaker_mention_span:
            start, end = s.speaker_mention_span
            assert text[start:end] == s.speaker_mention
