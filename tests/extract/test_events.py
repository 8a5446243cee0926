"""The event rules on sentences written for these tests, parsed by the real pinned model."""

from datetime import date

import pytest

pytestmark = pytest.mark.model


def triples(relations, *, events_only=True):
    return {(r.subject.actor.name, r.predicate, r.category, getattr(r.object, "actor", r.object).name
             if hasattr(r.object, "actor") else r.object.label)
            for r in relations if r.category or not events_only}


def find(relations, predicate):
    return [r for r in relations if r.predicate == predicate]


@pytest.mark.parametrize("text, expected", [
    ("France sharply criticized Italy on Tuesday.", ("France", "CRITICIZE", "DISAPPROVE", "Italy")),
    ("Japan imposed sanctions on North Korea.", ("Japan", "SANCTION", "SANCTION", "North Korea")),
    ("Chile held talks with Peru in Lima.", ("Chile", "NEGOTIATE", "CONSULT", "Peru")),
    ("Kenyan police arrested dozens of Somali refugees.", ("Kenya police", "ARREST", "COERCE", "Somalia civilians")),
    ("The German chancellor visited Poland last week.", ("Germany", "VISIT", "CONSULT", "Poland")),
    ("Egypt condemned Israel's air strikes on Gaza.", ("Egypt", "CRITICIZE", "DISAPPROVE", "Israel")),
])
def test_active_events(extract, text, expected):
    assert expected in triples(extract(text))


def test_passive_voice_swaps_roles(extract):
    found = triples(extract("Canada was criticized by Denmark over the fishing dispute."))
    assert ("Denmark", "CRITICIZE", "DISAPPROVE", "Canada") in found


def test_coordinated_subjects_of_a_meeting_are_reciprocal(extract):
    found = triples(extract("Argentina and Brazil signed a trade agreement on Friday."))
    assert {("Argentina", "SIGN", "SUPPORT", "Brazil"), ("Brazil", "SIGN", "SUPPORT", "Argentina")} <= found


def test_coordinated_objects_each_get_the_event(extract):
    found = triples(extract("Sweden expelled diplomats from Russia and Belarus."))
    assert {("Sweden", "EXPEL", "SANCTION", "Russia"), ("Sweden", "EXPEL", "SANCTION", "Belarus")} <= found


def test_intent_to_cooperate_is_agree(extract):
    (relation,) = [r for r in extract("Norway said it will send aid to Sudan.") if r.category]
    assert (relation.subject.actor.name, relation.category, relation.object.actor.name) == (
        "Norway", "AGREE", "Sudan")
    assert relation.modality == "intended"


def test_threat_to_act_is_threaten(extract):
    found = triples(extract("Turkey threatened to close its border with Syria."))
    assert any(t[0] == "Turkey" and t[2] == "THREATEN" and t[3] == "Syria" for t in found)


def test_refusal_to_cooperate_is_reject(extract):
    relations = [r for r in extract("Hungary refused to sign the agreement with Ukraine.") if r.category]
    assert [(r.subject.actor.name, r.category, r.object.actor.name) for r in relations] == [
        ("Hungary", "REJECT", "Ukraine")]


def test_negated_deed_is_not_an_event(extract):
    relations = find(extract("Spain did not attack Morocco."), "ATTACK")
    assert relations and all(r.negated and r.category is None for r in relations)


def test_possibility_is_not_an_event(extract):
    relations = find(extract("Iran could attack Iraq."), "ATTACK")
    assert relations and all(r.category is None and r.modality == "possible" for r in relations)


def test_reported_speech_is_attributed_to_the_speaker(extract):
    relations = [r for r in extract(
        "The Red Cross said that Ethiopian troops attacked Eritrea on Sunday.") if r.category]
    assert relations[0].attributed_to is not None
    assert relations[0].attributed_to.name.endswith("Red Cross")


def test_pronoun_subject_of_reported_clause_is_the_speaker(extract):
    found = triples(extract("Greece says it will never recognize Kosovo."))
    assert any(t[0] == "Greece" and t[3] == "Kosovo" for t in found)


def test_obligation_a_speaker_puts_on_others_is_a_demand(extract):
    found = triples(extract("The EU said Serbia must release the detained journalists."))
    assert ("EU", "DEMAND", "DEMAND", "Serbia") in found


def test_appeal_with_object_control(extract):
    found = triples(extract("Ghana urged Togo to hold early elections."))
    assert ("Ghana", "APPEAL", "DEMAND", "Togo") in found


def test_call_on_is_an_appeal(extract):
    found = triples(extract("Germany called on Hungary to release the activists."))
    assert ("Germany", "APPEAL", "DEMAND", "Hungary") in found


def test_nominal_event_with_light_verb(extract):
    found = triples(extract("Vietnam launched an attack on Cambodia."))
    assert ("Vietnam", "ATTACK", "FIGHT", "Cambodia") in found


def test_conditional_intent_is_a_threat(extract):
    found = triples(extract("Poland said it would cut aid to Belarus unless the prisoners were freed."))
    assert any(t[0] == "Poland" and t[2] == "THREATEN" and t[3] == "Belarus" for t in found)


def test_event_date_from_its_own_words(extract):
    (relation,) = find(extract("Mali's president met the French foreign minister on Thursday."), "MEET") or [None]
    assert relation is not None and relation.date == date(2025, 3, 13) and relation.date_text == "Thursday"


def test_undated_event_has_no_date(extract):
    relations = find(extract("Peru recognized Kosovo."), "RECOGNIZE")
    assert relations and relations[0].date is None and relations[0].doc_date == date(2025, 3, 17)


def test_quantity_target(extract):
    relations = find(extract("The alliance will seek to raise its spending target to at least 2 per cent. "
                             "NATO members agreed."), "TARGET")
    assert not relations or relations[0].object.unit == "%"
    relations = find(extract("NATO will seek to raise its spending target to at least 2 per cent."), "TARGET")
    assert [(r.subject.actor.name, r.object.value, r.object.comparator) for r in relations] == [
        ("NATO", 2.0, ">=")]


def test_demanded_quantity(extract):
    relations = find(extract("Washington demanded that allies spend 4 percent on defence."), "CALL_FOR")
    assert [(r.subject.actor.name, r.object.value) for r in relations] == [("United States", 4.0)]


def test_roles_from_titles_give_country(extract):
    relations = extract("Kenyan Foreign Minister Amina Hassan met Ethiopia's prime minister.")
    roles = [r for r in relations if r.predicate == "MINISTER_OF"]
    assert roles and roles[0].subject.actor.country == "KEN"


def test_same_person_however_named_is_one_actor(extract):
    relations = extract("Brazilian President Ana Souza visited Chile on Monday. "
                        "Souza later praised Argentina. She also met Uruguay's leader.")
    people = {r.subject.actor.id for r in relations if r.subject.actor.type == "PERSON"}
    assert people == {"person:ana-souza"}


def test_every_relation_points_at_its_words(extract):
    text = "Finland will give Estonia a grant of $5bn, officials in Helsinki said on Friday."
    for relation in extract(text):
        assert text[relation.subject.start:relation.subject.end] == relation.subject.text
        assert text[relation.object.start:relation.object.end] == relation.object.text
        assert text[relation.sentence_start:relation.sentence_end] == relation.sentence


def test_confidence_comes_from_the_calibrated_rules(extract):
    from kg.extract import rule_confidence

    relations = extract("France sharply criticized Italy on Tuesday.")
    assert relations and all(0 < r.confidence < 1 for r in relations)
    assert relations[0].confidence == rule_confidence()["verb"]


def dyads(relations):
    return {(r.subject.actor.name, r.category, getattr(r.object, "actor", None) and r.object.actor.name)
            for r in relations if r.category}


@pytest.mark.parametrize("text, expected", [
    # a date phrase before the subject is not "called on X to"
    ("On Friday, Chile offered to negotiate with Bolivia.", ("Chile", "AGREE", "Bolivia")),
    # a quantifier head names every group coordinated after "of"
    ("Thai soldiers detained dozens of Cambodian and Laotian migrants.",
     ("Thailand military", "COERCE", "Laos civilians")),
    # a demonym inside a phrase stands for the group it modifies
    ("Serbia is investigating alleged abuses by Albanian militants.",
     ("Serbia", "INVESTIGATE", "Albania rebels")),
    # the that-clause of "renewed its demand" says whom the demand is on
    ("Japan renewed its demand that China release the fishermen.", ("Japan", "DEMAND", "China")),
    # a threat is aimed at whoever must meet its condition
    ("Iran threatened to quit the talks if France imposes new sanctions.", ("Iran", "THREATEN", "France")),
    # "in defiance of X" names the target before a place does
    ("Nepali students blocked streets in Delhi in defiance of Chinese authorities.",
     ("Nepal civilians", "PROTEST", "China")),
    # a purpose clause names the target when the act itself has none
    ("Chinese students marched through the city to show their anger at Japan.",
     ("China civilians", "PROTEST", "Japan")),
    # refusing a material act asked of one is a rejection
    ("Jordan refused to send troops to Yemen.", ("Jordan", "REJECT", "Yemen")),
    # a participle on an object shares the subject of the verb governing it
    ("Algeria issued a statement condemning Morocco.", ("Algeria", "DISAPPROVE", "Morocco")),
    ("Norway shared intelligence with Denmark.", ("Norway", "COOPERATE", "Denmark")),
    # envoys ordered to leave are expelled (a sanction), not merely asked (round 56)
    ("Brazil ordered Venezuelan diplomats to leave the country.",
     ("Brazil", "SANCTION", "Venezuela")),
    ("Peru opened an investigation against Chilean officials.", ("Peru", "INVESTIGATE", "Chile")),
    # receiving observers admits international involvement
    ("Georgia received a team of observers from the OSCE.", ("Georgia", "RETREAT", "OSCE")),
    ("Russia accelerated the withdrawal of its troops from Syria.", ("Russia", "RETREAT", "Syria")),
    # a nested target keeps its coordinated names
    ("North Korea threatened to fire missiles at Japan and South Korea.",
     ("North Korea", "THREATEN", "South Korea")),
    # a participle placing the object names the target
    ("Kurdish rebels blew up a pipeline leading into Turkey.", ("Kurdish rebels", "COERCE", "Turkey")),
    # an obligation a speaker puts on others is a demand whatever the act
    ("Germany said Poland must reform its courts.", ("Germany", "DEMAND", "Poland")),
    # an attack as the subject of what it did is the attacker's (on civilians: violence
    # against them, not battle)
    ("Russian attacks killed ten Ukrainian civilians.", ("Russia", "ASSAULT", "Ukraine civilians")),
    # evacuating the wounded is humanitarian aid
    ("French helicopters evacuated the wounded from Mali.", ("France military", "AID", "Mali")),
    # the target hung on the "of" object of an event noun: "withdrawal of units from Syria"
    ("Russia began the withdrawal of some combat units from Syria on Monday.",
     ("Russia", "RETREAT", "Syria")),
    # a coordinated passive: the subject it shares is the patient, the agent acts
    ("Egypt criticised Israel and was condemned by Jordan.", ("Jordan", "DISAPPROVE", "Egypt")),
    # a surname two people share is the one the gazetteer knows by it
    ("Police chief Ian Blair met Tony Blair in London. Michael Howard accused Mr Blair of lying.",
     ("Michael Howard", "DISAPPROVE", "Tony Blair")),
    # a subject pronoun in a clause under another is that clause's subject, not a nearer name
    ("Angela Merkel welcomed Mr Macron's proposal when she visited Poland.",
     ("Angela Merkel", "CONSULT", "Poland")),
    # a subject the parser hung on a fronted phrase is the noun phrase before the verb
    ("With the signing of the accord in Geneva, Armenia and Azerbaijan have agreed to reopen "
     "their border.", ("Armenia", "AGREE", "Azerbaijan")),
    # an event noun naming the kind of an effort or a mission is that event
    ("Norway launched a mediation effort between Colombia and Venezuela.",
     ("Norway", "CONSULT", "Venezuela")),
    # a participle the parser made the subject stands for the name hung on it
    ("The Red Cross operating in Yemen said Saudi Arabia must open the ports.",
     ("International Committee of the Red Cross", "DEMAND", "Saudi Arabia")),
    ("The Red Cross working in Yemen said the Saudi army must allow access.",
     ("International Committee of the Red Cross", "DEMAND", "Saudi Arabia military")),
    # an act with no target of its own is aimed at the other side of the talks it came out of
    ("Israel agreed to withdraw after negotiations with Egypt.", ("Israel", "AGREE", "Egypt")),
    ("After talks with Turkey, Syria released two prisoners.", ("Syria", "RETREAT", "Turkey")),
    # the object of a preposition the parser made the subject of a participle after it
    ("Ecuador has granted asylum to two Colombian journalists hiding in its embassy.",
     ("Ecuador", "AID", "Colombia media")),
    ("Hezbollah declared a ceasefire after two weeks of fighting with Amal.",
     ("Hezbollah", "RETREAT", "Amal")),
    ("Tuareg rebels withdrew from the town following clashes with Malian troops.",
     ("Tuareg rebels", "RETREAT", "Mali military")),
    # or whose hostile act it answers
    ("Serbian Prime Minister Zoran Djindjic resigned after protests by Kosovo Albanians.",
     ("Zoran Djindjic", "CONCEDE", "Kosovo Albanians")),
    ("Israel closed the crossing after rocket attacks by Hamas.", ("Israel", "SANCTION", "Hamas")),
    # the clause of an offer or an invitation names whom it is about
    ("FARC rebels rejected an offer to hold talks with the Colombian government.",
     ("FARC", "REJECT", "Colombia")),
    ("Hamas rejected an invitation to attend talks with Fatah in Cairo.",
     ("Hamas", "REJECT", "Fatah")),
    # readying forces to strike is a show of force, not a threat; being prepared to is intent
    ("Russian troops prepared to storm Grozny.", ("Russia military", "MOBILIZE", "Grozny")),
    ("Russia is preparing to invade Ukraine, officials said.", ("Russia", "MOBILIZE", "Ukraine")),
    ("Israel is prepared to attack Hamas.", ("Israel", "THREATEN", "Hamas")),
])
def test_general_rules(extract, text, expected):
    assert expected in dyads(extract(text))


@pytest.mark.parametrize("text", [
    # a phrase set before the verb frames the clause; it names no target
    "In Paris, Spain praised the plan.",
    # "when asked": the subject was asked; the question is nobody's appeal
    "When asked about Iran, the Saudi foreign minister said the talks would continue.",
    "Asked whether Turkey would join, the Greek prime minister said no.",
    # a coordinated passive with no agent names nobody who acted
    "Portugal protested on Monday and was attacked in Spain.",
    # mobilising supporters or opinion is no show of force
    "Saudi Arabia has mobilized pressure groups in the United States.",
    # a clause about a proposal's object is not whom the proposal is about
    "Britain was prepared to veto any bid to reduce the rebate secured by Margaret Thatcher.",
    # "called on X to act", parsed as a purpose clause: the caller does not act
    "An Iranian newspaper called Friday on Muslims to unite and mobilize against Israel.",
    # the subject of a question is not what a preposition before it governs
    "Britain said its veto on whether France should lead the mission would stay.",
])
def test_phrases_that_code_no_event(extract, text):
    assert dyads(extract(text)) == set()


def test_shared_object_of_two_subjects_is_reciprocal(extract):
    found = dyads(extract("Kenya and Uganda restored their diplomatic ties."))
    assert {("Kenya", "SUPPORT", "Uganda"), ("Uganda", "SUPPORT", "Kenya")} <= found


def test_conditional_offer_to_cooperate_is_agree(extract):
    found = dyads(extract("Cuba said it would meet Spain if the embargo ended."))
    assert ("Cuba", "AGREE", "Spain") in found and not any(c == "THREATEN" for _, c, _ in found)


def test_infinitive_on_a_noun_is_not_done(extract):
    found = dyads(extract("Egypt rejected a Qatari offer to host talks with Sudan."))
    assert not any(c == "CONSULT" for _, c, _ in found)


@pytest.mark.parametrize("noun, sector", [
    ("guerillas", "REB"), ("fundamentalists", "REB"), ("supporters", "CVL"), ("youths", "CVL")])
def test_wire_news_group_nouns(noun, sector):
    from kg.extract.lexicon import load_lexicon

    assert load_lexicon().gazetteer.sectors[noun] == sector


def test_a_headline_is_its_own_sentence(extract):
    relations = extract("Rome and Paris at odds over migrants\n\nFrance sharply criticized Italy on Tuesday.")
    assert [r.sentence for r in relations if r.category] == ["France sharply criticized Italy on Tuesday."]


def test_hard_wrapped_lines_stay_one_sentence(extract):
    relations = extract("France sharply criticized\nItaly on Tuesday.")
    assert [r.sentence for r in relations if r.category] == ["France sharply criticized\nItaly on Tuesday."]


@pytest.mark.parametrize("text, expected", [
    # breaking off, suspending or calling off talks halts negotiations (CAMEO 164), never a talk
    ("Iran broke off talks with the European Union on Friday.",
     ("Iran", "HALT_TALKS", "SANCTION", "EU")),
    ("Chile suspended negotiations with Bolivia.", ("Chile", "HALT_TALKS", "SANCTION", "Bolivia")),
    ("Peru called off its talks with Ecuador.", ("Peru", "HALT_TALKS", "SANCTION", "Ecuador")),
    # so does withdrawing from them (the object of the target preposition decides)
    ("Germany pulled out of the climate talks with Brazil.",
     ("Germany", "HALT_TALKS", "SANCTION", "Brazil")),
    ("Israeli troops withdrew from Gaza.", ("Israel military", "DEESCALATE", "RETREAT", "Gaza")),
    ("Iran broke off diplomatic ties with Saudi Arabia.",
     ("Iran", "BREAK_RELATIONS", "SANCTION", "Saudi Arabia")),
    # a visit or a summit called off or cancelled reduces relations, it is no phone call
    ("Israel called off its planned visit to Egypt.",
     ("Israel", "REDUCE_RELATIONS", "SANCTION", "Egypt")),
    ("Egypt cancelled a summit with Israel.", ("Egypt", "REDUCE_RELATIONS", "SANCTION", "Israel")),
    ("Russia called off its offensive against Ukraine.", ("Russia", "DEESCALATE", "RETREAT", "Ukraine")),
    # recognising a rival's victory concedes it; it is no diplomatic recognition
    ("Laurent Gbagbo recognised Alassane Ouattara's victory.",
     ("Laurent Gbagbo", "CONCEDE", "CONCEDE", "Alassane Ouattara")),
    # paying for what was taken returns property (CAMEO 0842); paying tribute praises
    ("Germany paid compensation to Namibia.", ("Germany", "RETURN_PROPERTY", "RETREAT", "Namibia")),
    ("Blair paid tribute to Mandela.", ("Tony Blair", "PRAISE", "SUPPORT", "Nelson Mandela")),
    # a modifier can change the noun's event: air strikes are no labour strike
    ("Israel launched air strikes on Gaza.", ("Israel", "AIRSTRIKE", "FIGHT", "Gaza")),
    ("Ukrainian forces violated the ceasefire with Russia.",
     ("Ukraine military", "VIOLATE_CEASEFIRE", "FIGHT", "Russia")),
    ("Ecuador broke the ceasefire with Peru.", ("Ecuador", "VIOLATE_CEASEFIRE", "FIGHT", "Peru")),
    # forcing out an aid agency or monitors expels them; forcing out people deports them
    ("Jakarta forced the UN refugee agency out of the country.",
     ("Indonesia", "EXPEL", "SANCTION", "UNHCR")),
    ("Kenya forced Somali refugees out of the camps.",
     ("Kenya", "DEPORT", "COERCE", "Somalia civilians")),
    ("Serb forces massacred Bosnian Muslims in Srebrenica.",
     ("Serbia military", "MASSACRE", "ASSAULT", "Bosnia and Herzegovina")),
    # the "to" of a give-type verb is a dative in spaCy's parse, and names the target
    ("Sweden granted asylum to Belarusian dissidents.",
     ("Sweden", "GRANT_ASYLUM", "AID", "Belarus opposition")),
    # promising aid is intent to give it (CAMEO 033), and so is offering it
    ("Japan pledged aid to Ukraine.", ("Japan", "PLEDGE_AID", "AGREE", "Ukraine")),
    ("Japan offered assistance to Nepal.", ("Japan", "AID", "AGREE", "Nepal")),
    # a preposition that only says when is no particle: "called Mexico on Tuesday"
    ("The United States called Mexico on Tuesday.", ("United States", "CALL", "CONSULT", "Mexico")),
    ("France called on Germany on Monday to act.", ("France", "APPEAL", "DEMAND", "Germany")),
])
def test_what_is_acted_on_decides_the_event(extract, text, expected):
    assert expected in triples(extract(text))


def test_calling_off_a_strike_after_talks_concedes_to_the_other_side(extract):
    found = triples(extract("Kenyan doctors called off their strike after talks with the "
                            "Kenyan government."))
    # the talks themselves were the doctors' with the government
    assert {(p, c, o) for _, p, c, o in found} == {("EASE_DISSENT", "CONCEDE", "Kenya"),
                                                   ("NEGOTIATE", "CONSULT", "Kenya")}


def test_calling_off_a_strike_eases_dissent(extract):
    found = triples(extract("Kenyan doctors called off their strike against the Kenyan government."))
    assert {(p, c, o) for _, p, c, o in found} == {("EASE_DISSENT", "CONCEDE", "Kenya")}


def test_offered_aid_is_not_aid_given(extract):
    (offer,) = [r for r in extract("Japan offered assistance to Nepal.") if r.category]
    assert (offer.category, offer.cameo, offer.modality) == ("AGREE", "033", "intended")


def test_relations_restored_by_two_are_between_the_two(extract):
    found = triples(extract("Morocco and Israel restored diplomatic relations."))
    assert {("Morocco", "SUPPORT", "SUPPORT", "Israel"),
            ("Israel", "SUPPORT", "SUPPORT", "Morocco")} <= found


# Verbs of the lexicon, obligations, event nouns, a root adjective, and words that are none.
GATED_TEXT = (
    "The EU said Serbia must reform its courts. Canada was criticized by "
    "Denmark over the fishing dispute, and the talks between Chile and Peru were hostile. "
    "Ghana's president was critical of Togo. Norway hopes to send aid to Sudan next week, "
    "while Argentina and Brazil signed a trade agreement. The weather in Oslo stayed mild."
)


def test_event_starts_skip_tokens_but_no_event(nlp):
    from kg.extract import build_matchers_for
    from kg.extract.actors import index_actors
    from kg.extract.events import event_starts, find_events
    from kg.extract.lexicon import load_lexicon

    lex = load_lexicon()
    doc = nlp(GATED_TEXT)
    index = index_actors(doc, lex.gazetteer, build_matchers_for(doc, lex), lexicon=lex)
    starts = event_starts(doc, lex)

    def coded(events):
        return [(e.predicate, e.rule, e.anchor.i, [m.start for m in e.subjects],
                 [m.start for m in e.objects]) for e in events]

    found = []
    for sent in doc.sents:
        everything = coded(find_events(sent, index, lex))
        assert coded(find_events(sent, index, lex, starts)) == everything
        found += everything
    assert {"DEMAND", "CRITICIZE", "SIGN"} <= {predicate for predicate, *_ in found}
    assert 0 < len(starts) < len(doc) // 3
    # the anchor of every event is among the starts, or governs a noun that is
    assert all(anchor in starts or any(c.i in starts for c in doc[anchor].subtree)
               for _, _, anchor, _, _ in found)


@pytest.mark.parametrize("text, subject", [
    # a group nobody owns is named by its head and what stands before it
    ("Farmers from the Ebro valley protested against Spain.", "Farmers"),
    # a capitalised institution keeps its whole name
    ("The Court of Arbitration for Sport criticised Russia.", "Court of Arbitration for Sport"),
])
def test_group_names(extract, text, subject):
    assert {r.subject.actor.name for r in extract(text) if r.category} == {subject}


def test_one_event_per_sentence_dyad_and_category(extract):
    # the strike is the protest: one event, coded by its more specific word
    events = [r for r in extract("Jailed Kurdish activists started a hunger strike to protest "
                                 "Turkey's crackdown.") if r.category]
    assert [(r.predicate, r.category, r.object.actor.name) for r in events] == [
        ("STRIKE", "PROTEST", "Turkey")]
    # two acts of different categories against one target stay two events
    found = triples(extract("Hamas bombed Israel and shelled Israel on Monday."))
    assert {c for _, _, c, _ in found} == {"ASSAULT", "FIGHT"}


def test_helping_to_act_is_the_act_not_aid(extract):
    assert triples(extract("Saudi Arabia helped support the Palestinians.")) == {
        ("Saudi Arabia", "SUPPORT", "SUPPORT", "Palestine")}
    assert triples(extract("Japan helped Nepal.")) == {("Japan", "AID", "AID", "Nepal")}


def test_a_clause_on_an_event_noun_says_whom_it_hit(extract):
    found = triples(extract("Nigerian opposition parties organized a general strike that shut down Lagos."))
    assert {(p, c, o) for _, p, c, o in found} == {("STRIKE", "PROTEST", "Nigeria")}


def test_others_named_with_an_actor_are_nobody_in_particular(extract):
    found = dyads(extract("The Arab League said that Iraq and other developed nations must "
                          "cut output."))
    assert found == {("Arab League", "DEMAND", "Iraq")}


def test_a_participle_that_codes_an_event_keeps_its_target(extract):
    # the motion condemns Uganda; approving it is no agreement with Uganda
    assert dyads(extract("The Kenyan parliament approved a motion condemning Uganda.")) == {
        ("Kenya legislature", "DISAPPROVE", "Uganda")}


# -- Class 1: a verb's sense is decided by the kind of its object (object_kinds.tsv,
#    event_objects.tsv), not by the verb alone.

@pytest.mark.parametrize("text, expected", [
    ("Portugal struck a trade deal with Angola.", ("Portugal", "AGREE", "AGREE", "Angola")),
    ("Pakistan struck militant camps in Afghanistan.", ("Pakistan", "ATTACK", "FIGHT", "Afghanistan")),
    ("Azerbaijan struck Armenian targets near the border.",  # military targets, not goals
     ("Azerbaijan", "ATTACK", "FIGHT", "Armenia")),
    ("Sweden attacked Hungary's asylum policy.", ("Sweden", "CRITICIZE", "DISAPPROVE", "Hungary")),
    ("Seoul hit back at Tokyo's remarks on the islands.",
     ("South Korea", "CRITICIZE", "DISAPPROVE", "Japan")),
    ("Armenian troops attacked Azerbaijani positions.", ("Armenia military", "ATTACK", "FIGHT", "Azerbaijan")),
    ("Ankara criticised the Greek report on Cyprus.", ("Turkey", "CRITICIZE", "DISAPPROVE", "Greece")),
    ("Egypt received the Israeli delegation.", ("Egypt", "HOST", "CONSULT", "Israel")),
    ("Saudi Arabia cancelled the ban on Qatari flights.",
     ("Saudi Arabia", "EASE_RESTRICTIONS", "CONCEDE", "Qatar")),
    ("Iran cancelled the talks with France.", ("Iran", "HALT_TALKS", "SANCTION", "France")),
    ("Washington hit Beijing with new tariffs.", ("United States", "SANCTION", "SANCTION", "China")),
    ("Russia hit Kyiv with missiles.", ("Russia", "ATTACK", "FIGHT", "Ukraine")),
    ("Chile withdrew its support for the Bolivian plan.",  # support withdrawn, not troops
     ("Chile", "REDUCE_RELATIONS", "SANCTION", "Bolivia")),
])
def test_the_object_decides_the_sense(extract, text, expected):
    found = triples(extract(text))
    assert expected in found
    assert {t[:3] for t in found} == {expected[:3]}  # and no other sense beside it


@pytest.mark.parametrize("text", [
    "Italy finally met NATO's defence spending goal.",      # a target met: no meeting
    "The ministry released a report on Nigerian oil theft.",  # a report: nobody freed
    "Canada fought the new American tariffs.",              # a measure fought: no battle
    "Egypt executed its plan for Gaza.",                    # a plan carried out: no killing
    "Chile withdrew the bill on Peruvian fishing.",         # a bill withdrawn: no retreat
    "Jordan hosted the talks on Syria.",                    # Syria is the topic, not the guest
    "Ankara criticised the report on Cyprus.",              # nor whom the report is criticised for
    "Mexico hit back at Washington.",                       # a blow or a retort: not coded
    "The minister received an award from Japan.",           # a prize received: no visitor
    "Cuba cancelled its contract with Canada.",             # a contract cancelled: no concession
    "Greece met the EU quota.",                             # a quota met: no meeting
    "Chile pushed the plan at the summit.",                 # a plan pushed: no coercion
    "The court hit the company with a fine.",               # hit with a fine: not coded
])
def test_an_object_of_the_wrong_kind_codes_no_event(extract, text):
    assert triples(extract(text)) == set()


def test_what_is_discussed_is_the_topic_not_the_other_side(extract):
    found = triples(extract("Kenya and Uganda discussed Sudan."))
    assert found == {("Kenya", "CONSULT", "CONSULT", "Uganda"),
                     ("Uganda", "CONSULT", "CONSULT", "Kenya")}


def test_the_other_side_of_a_discussion_may_hang_on_the_topic(extract):
    # the parser attaches "with Chile" to "quotas"; Chile is still whom it was discussed with
    found = triples(extract("Peru discussed fishing quotas with Chile."))
    assert found == {("Peru", "CONSULT", "CONSULT", "Chile")}


def test_two_who_discuss_a_dealing_with_a_third_talk_to_each_other(extract):
    assert triples(extract("Kenya and Ethiopia discussed trade with China.")) == {
        ("Kenya", "CONSULT", "CONSULT", "Ethiopia"), ("Ethiopia", "CONSULT", "CONSULT", "Kenya")}


def test_refusing_to_discuss_a_report_rejects_nobody_in_it(extract):
    assert counted(extract("The senator refused to discuss reports that Qatar had paid the party.")
                   ) == set()


# -- Class 5: negation and refusal scope over the act they govern.

def counted(relations):
    """What an analyst's count sees: categorised, not negated, and said to have happened."""
    return {t for r in relations if r.category and not r.negated
            and r.modality in ("asserted", "reported", "intended")
            for t in triples([r])}


@pytest.mark.parametrize("text, expected", [
    ("Slovakia refused to meet the Ukrainian prime minister.", {("Slovakia", "REJECT", "Ukraine")}),
    ("Latvia will not negotiate with Belarus.", {("Latvia", "REJECT", "Belarus")}),
    ("Romania and Bulgaria failed to agree on the border.",
     {("Romania", "REJECT", "Bulgaria"), ("Bulgaria", "REJECT", "Romania")}),
    ("Kazakhstan ruled out sending troops to Ukraine.", {("Kazakhstan", "REJECT", "Ukraine")}),
    ("Vietnam avoided meeting the Chinese envoy.", {("Vietnam", "REJECT", "China")}),
    ("Chad has no intention of talking to Sudan.", {("Chad", "REJECT", "Sudan")}),
    ("Kenya ruled out talks with Somalia.", {("Kenya", "REJECT", "Somalia")}),
])
def test_a_refused_act_is_a_rejection_that_happened(extract, text, expected):
    assert {(s, c, o) for s, _, c, o in counted(extract(text))} == expected


def test_the_refused_act_itself_is_kept_negated(extract):
    relations = find(extract("Slovakia refused to meet the Ukrainian prime minister."), "MEET")
    assert relations and all(r.negated and r.category is None for r in relations)


@pytest.mark.parametrize("text", [
    "Georgia denied supplying drones to Iran.",      # denied: neither the aid nor a rejection
    "Serbia denied attacking the Kosovo police.",
    "Austria opposed sending troops to Bosnia.",      # opposed: no deployment (a REJECT only)
    "Finland refrained from criticising Russia.",     # refusing criticism is no event
    "Norway declined to condemn Israel.",
])
def test_a_denied_or_refused_act_is_not_counted_as_done(extract, text):
    assert not {t for t in counted(extract(text)) if t[2] != "REJECT"}


@pytest.mark.parametrize("text", [
    "The rebels failed to seize Goma.",         # a failed attack: no rejection of Goma
    "Israel avoided attacking Iran.",           # restraint: Iran would have been the victim
    "Mali refused to expel French diplomats.",
])
def test_refusing_a_hostile_act_rejects_nobody(extract, text):
    assert counted(extract(text)) == set()


@pytest.mark.parametrize("text", [
    "If Iran refuses to talk to the United States, sanctions will follow.",
    "Unless Syria refuses to cooperate with Turkey, the deal will hold.",
    "Iraq could refuse to extradite the suspects to Kuwait.",
])
def test_a_refusal_only_supposed_has_not_happened(extract, text):
    assert counted(extract(text)) == set()


def test_an_announced_refusal_is_intended(extract):
    (relation,) = [r for r in extract("Britain will refuse to recognise the Taliban.")
                   if r.category == "REJECT"]
    assert (relation.object.actor.name, relation.negated, relation.modality) == (
        "Taliban", False, "intended")


@pytest.mark.parametrize("text", [
    "Ankara declined to join the sanctions against Moscow.",  # Russia would be their victim
    "Hungary rejected the sanctions on Russia.",
    "Brazil ruled out joining the sanctions against Russia.",
])
def test_rejecting_a_hostile_act_does_not_reject_its_victim(extract, text):
    assert counted(extract(text)) == set()


def test_refusing_to_send_forces_rejects_whom_they_would_help(extract):
    assert counted(extract("Pakistan refused to send troops to Yemen.")) == {
        ("Pakistan", "REJECT", "REJECT", "Yemen")}


def test_a_denial_rejects_nobody(extract):
    assert not [r for r in extract("Georgia denied supplying drones to Iran.")
                if r.category == "REJECT"]


def test_an_intention_held_is_intent_to_cooperate(extract):
    found = counted(extract("Ghana has every intention of meeting Togo."))
    assert found == {("Ghana", "MEET", "AGREE", "Togo")}


# -- Class 8: events carried by a noun whose light verb is in a relative clause on it.

@pytest.mark.parametrize("text, expected", [
    ("The sanctions Britain imposed on Syria were extended.",
     ("United Kingdom", "SANCTION", "SANCTION", "Syria")),
    ("The talks that Sudan held with Chad ended in a deal.", ("Sudan", "NEGOTIATE", "CONSULT", "Chad")),
    ("The aid Norway gave to Yemen arrived late.", ("Norway", "AID", "AID", "Yemen")),
    ("The offensive that Israel launched on Lebanon continued.", ("Israel", "ATTACK", "FIGHT", "Lebanon")),
])
def test_a_relative_clause_gives_the_nouns_event(extract, text, expected):
    assert triples(extract(text)) == {expected}


def test_an_act_told_in_a_relative_clause_names_whom_its_critic_aims_at(extract):
    found = triples(extract("Spain criticised the sanctions that Washington imposed on Cuba."))
    assert found == {("Spain", "CRITICIZE", "DISAPPROVE", "United States"),
                     ("United States", "SANCTION", "SANCTION", "Cuba")}


def test_a_relative_clause_of_no_light_verb_gives_no_event(extract):
    assert triples(extract("The sanctions that hurt Cuba were lifted.")) == set()


# -- Class 8: "we" and "our country" in what someone says are the speaker's side.

@pytest.mark.parametrize("text, expected", [
    ('"We will not negotiate with the Taliban," the Pakistani foreign minister said.',
     {("Pakistan", "REJECT", "REJECT", "Taliban")}),
    ('"Our country will never recognise Kosovo," the Serbian president said.',
     {("Serbia", "REJECT", "REJECT", "Kosovo")}),
    ('Denmark said: "We will support Greenland."', {("Denmark", "SUPPORT", "AGREE", "Greenland")}),
    ('"We have sent aid to Sudan," the EU said.', {("EU", "AID", "AID", "Sudan")}),
    # a government office the article gives the speaker ("X, the ... spokeswoman")
    ('"We thank Chile for its help," said Maria Lopez, the Peruvian government spokeswoman.',
     {("Peru", "PRAISE", "SUPPORT", "Chile")}),
    ('"We condemn the Iranian attack," said Tom Hale, the White House press secretary.',
     {("United States", "CRITICIZE", "DISAPPROVE", "Iran")}),
])
def test_we_in_a_quote_is_the_speakers_side(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text", [
    '"We will fight Russia," the opposition leader said.',  # whose side: not known
    '"We must cut spending," the Irish president said.',    # one's own duty: no demand
    # an opposition leader speaks for the opposition, not the state
    '"We thank Chile for its help," said Peruvian opposition leader Maria Lopez.',
])
def test_we_of_an_unknown_side_or_own_duty_codes_nothing(extract, text):
    assert triples(extract(text)) == set()


@pytest.mark.parametrize("text, expected", [
    # a quote that runs on into a sentence of its own is still its speaker's
    ('"We pray for the victims," said Maria Lopez, the Peruvian government spokeswoman. '
     '"We thank Chile for its help."', {("Peru", "PRAISE", "SUPPORT", "Chile")}),
    ('\u201cWe are grateful,\u201d the Japanese foreign minister said. '
     '\u201cWe condemn North Korea for the launch.\u201d',
     {("Japan", "CRITICIZE", "DISAPPROVE", "North Korea")}),
    # a quoted sentence with a speaker of its own is that speaker's
    ('"We pray for the victims," said Maria Lopez, the Peruvian government spokeswoman. '
     '"We thank Chile for its help," said the Bolivian president.',
     {("Bolivia", "PRAISE", "SUPPORT", "Chile")}),
])
def test_a_quote_running_on_is_its_speakers(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # no quote before, or none that was attributed: whose "we" is not known
    'The French president spoke in Paris. "We thank Chile for its help."',
    '"We pray for the victims." "We thank Chile for its help."',
    'The Peruvian government spokeswoman said the victims were in her prayers. '
    '"We thank Chile for its help."',
])
def test_a_quote_with_no_speaker_before_codes_nothing(extract, text):
    assert triples(extract(text)) == set()


def test_a_verb_preposition_entry_without_object_is_travel(extract):
    assert triples(extract("Spain returned the paintings to Mexico.")) == {
        ("Spain", "RELEASE", "RETREAT", "Mexico")}


# -- Class 8: condemning an attack is aimed at the attacker, never at its victim.

@pytest.mark.parametrize("text, victim", [
    ("China condemned the attack on Taiwan.", "Taiwan"),
    ("Iran condemned the attack on its embassy in Syria.", "Syria"),
    ("Qatar condemned the attacks on Gaza by Israel.", "Gaza"),
    ("Morocco denounced the bombing of Mali.", "Mali"),
])
def test_the_victim_of_a_condemned_attack_is_not_its_target(extract, text, victim):
    # (the attack itself, its doer named, is coded as well: Israel attacked Gaza)
    assert not any(category == "DISAPPROVE" for _, _, category, _ in triples(extract(text)))
    assert not any(subject != "Israel" and obj == victim
                   for subject, _, _, obj in triples(extract(text)))


@pytest.mark.parametrize("text, expected", [
    ("Jordan condemned the Israeli strikes on Gaza.", ("Jordan", "CRITICIZE", "DISAPPROVE", "Israel")),
    ("Canada condemned Russia's annexation of Crimea.",
     ("Canada", "CRITICIZE", "DISAPPROVE", "Russia")),
])
def test_the_attacker_of_a_condemned_attack_is_its_target(extract, text, expected):
    assert triples(extract(text)) == {expected}


@pytest.mark.parametrize("text", [
    "The minister rejected the claim that Chinese steel exports had soared.",  # content, not claimant
    "Egypt dismissed the report that Sudanese troops had crossed the border.",
])
def test_actors_in_what_a_claim_says_are_not_whom_it_is_rejected_from(extract, text):
    assert triples(extract(text)) == set()


def test_a_claim_rejected_is_aimed_at_the_claimant(extract):
    assert triples(extract("India rejected the claim by China that its troops had crossed the border.")
                   ) == {("India", "REJECT", "REJECT", "China")}


@pytest.mark.parametrize("text, expected", [
    ("Viktor Orban flew to Hungary.", set()),  # coming home is no visit
    ("Viktor Orban flew to Serbia.", {("Viktor Orban", "VISIT", "CONSULT", "Serbia")}),
])
def test_travel_home_is_no_visit(extract, text, expected):
    assert triples(extract(text)) == expected


# -- Class 8: "their <meeting>" framing a clause is a meeting between the clause's subjects.

@pytest.mark.parametrize("text, predicate, pair", [
    ("After their phone call, Macron and Scholz announced a joint plan.", "CALL",
     ("Emmanuel Macron", "Olaf Scholz")),
    ("During their meeting, Erdogan and Aliyev signed a gas deal.", "MEET",
     ("Recep Tayyip Erdogan", "Aliyev")),
])
def test_their_meeting_is_between_the_subjects(extract, text, predicate, pair):
    found = {(s, o) for s, p, c, o in triples(extract(text)) if p == predicate and c == "CONSULT"}
    assert found == {pair, pair[::-1]}


@pytest.mark.parametrize("text", [
    "After their meeting next week, Ghana and Togo will sign a deal.",  # not yet held
    "After their protest, Chile and Peru left the summit.",             # no meeting
    "After their meeting, Germany criticised France.",                  # one subject
])
def test_their_meeting_needs_a_held_meeting_of_two_subjects(extract, text):
    assert not [r for r in extract(text) if r.rule.startswith("noun.their")]


# -- judging a deed judges its doer; "while ...-ing" beside an appeal is the appealer's ------------

@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Sweden praised everything Norway had done for the refugees.",
     {("Sweden", "SUPPORT", "Norway")}),
    ("Kenya condemned the law that Uganda passed last week.",
     {("Kenya", "DISAPPROVE", "Uganda")}),
    ("Ghana welcomed the steps Togo took to end the crisis.", {("Ghana", "SUPPORT", "Togo")}),
    # controls: whoever a relative clause is about, it is not the judged deed's doer
    ("Chile praised the workers who rebuilt the bridge.", set()),
    ("Brazil condemned the attack that killed ten people.", set()),
])
def test_judging_a_deed_is_aimed_at_its_doer(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Sweden urged Norway to reopen the border while criticising Denmark.",
     {("Sweden", "DEMAND", "Norway"), ("Sweden", "DISAPPROVE", "Denmark")}),
    ("Estonia called on Latvia to ease the rules while praising Lithuania.",
     {("Estonia", "DEMAND", "Latvia"), ("Estonia", "SUPPORT", "Lithuania")}),
    # control: a "while" clause of the main verb keeps the main subject as before
    ("Sweden met Norway while criticising Denmark.",
     {("Sweden", "CONSULT", "Norway"), ("Sweden", "DISAPPROVE", "Denmark")}),
])
def test_a_while_clause_beside_an_appeal_is_the_appealer_s(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a "by" phrase on an event noun names its doer; the "of" object or possessor is acted on
    ("The arrest of two Estonian citizens by Russian border guards angered Tallinn.",
     ("Russia", "COERCE", "Estonia civilians")),
    ("The deportation of Haitian migrants by the Dominican Republic drew criticism.",
     ("Dominican Republic", "COERCE", "Haiti civilians")),
    ("The criticism by Germany of Hungary grew louder.", ("Germany", "DISAPPROVE", "Hungary")),
    ("A visit by Antony Blinken to Beijing is planned for June.",
     ("Antony Blinken", "CONSULT", "China")),
    # a relative pronoun object stands for the noun its clause is on
    ("The Iranian diplomat, whom Germany expelled on Monday, left Berlin.",
     ("Germany", "SANCTION", "Iran")),
    ("Two Australian journalists who were detained by Chinese police have returned home.",
     ("China police", "COERCE", "Australia media")),
    # "told X to act" is an instruction to X
    ("Japan told China to release the detained businessman.", ("Japan", "DEMAND", "China")),
    # tariffs and retaliatory duties on a country's goods are trade sanctions
    ("Mexico slapped tariffs on Chinese goods.", ("Mexico", "SANCTION", "China")),
    ("India levied punitive duties on Chinese steel.", ("India", "SANCTION", "China")),
    # an adjective modifier picks the two-word entry, as a compound does
    ("Russian jets carried out military strikes on Syrian rebels.",
     ("Russia military", "FIGHT", "Syria rebels")),
    # a verb of degree carries the event noun it governs
    ("Iran sharply intensified its criticism of Saudi Arabia.",
     ("Iran", "DISAPPROVE", "Saudi Arabia")),
    ("Russia escalated its attacks on Ukrainian cities.", ("Russia", "FIGHT", "Ukraine")),
    # criticism verbs of CAMEO 111 and blacklisting (163)
    ("Poland lambasted Germany's energy policy.", ("Poland", "DISAPPROVE", "Germany")),
    ("The EU censured Hungary over media laws.", ("EU", "DISAPPROVE", "Hungary")),
    ("Washington blacklisted three Iranian firms.", ("United States", "SANCTION", "Iran business")),
    # talking by phone is a call (CAMEO 041), speaking with a counterpart a consultation (040)
    ("Putin told Macron by telephone that Russia would not retreat.",
     ("Vladimir Putin", "CONSULT", "Emmanuel Macron")),
    ("Erdogan talked by phone with Zelensky.",
     ("Recep Tayyip Erdogan", "CONSULT", "Volodymyr Zelenskiy")),
    ("The Saudi foreign minister spoke with his Iranian counterpart.",
     ("Saudi Arabia", "CONSULT", "Iran")),
    # encouraging or pressuring X to act is an appeal (CAMEO 020)
    ("Germany encouraged Serbia to recognise Kosovo.", ("Germany", "DEMAND", "Serbia")),
    ("Washington pressured Kyiv to accept the deal.", ("United States", "DEMAND", "Ukraine")),
    ("Lithuania downgraded its diplomatic relations with China.",
     ("Lithuania", "SANCTION", "China")),
    ("Spanish police apprehended two Moroccan smugglers.",
     ("Spain police", "COERCE", "Morocco criminals")),
    # soldiers and warships sent somewhere are a deployment, as troops are
    ("China sent warships to waters near Taiwan.", ("China", "MOBILIZE", "Taiwan")),
    ("Rwanda dispatched 300 soldiers to Mozambique.", ("Rwanda", "MOBILIZE", "Mozambique")),
    # "X-brokered": the name before the hyphen did the participle's act, between the noun's sides
    ("Turkey-brokered talks between Russia and Ukraine resumed.", ("Turkey", "CONSULT", "Ukraine")),
    ("An Egyptian-mediated ceasefire between Israel and Islamic Jihad took effect.",
     ("Egypt", "CONSULT", "Israel")),
    # vowing revenge is a threat, not an intent to cooperate
    ("Hezbollah promised retaliation against Israel for the killing.",
     ("Hezbollah", "THREATEN", "Israel")),
])
def test_recall_rules(extract, text, expected):
    assert expected in dyads(extract(text))


@pytest.mark.parametrize("text, unwanted", [
    # a means after "by" is no doer
    ("The attack by drones on Kyiv killed three people.", (None, "FIGHT", None)),
    # a "by" phrase on an event in the "of" phrase is that event's: Hamas attacked, not criticised
    ("Qatar welcomed the criticism of the attacks by Hamas.", ("Hamas", "DISAPPROVE", None)),
    # a title after "by" takes its own "to": the ambassador to France is the visitor
    ("A visit by the Indian ambassador to France ended.", (None, "CONSULT", "France")),
    # "duties" alone are obligations
    ("The minister said his duties on the council were heavy.", (None, "SANCTION", None)),
    # "told" before a quotation or a clause reports speech
    ("The Irish premier told BBC Radio: \"We will support the deal.\"", (None, "DEMAND", None)),
    ("Mr Blair told the BBC the money would not be cut.", (None, "DEMAND", None)),
    # an object predicate makes "call" a naming, not a phone call
    ("Mr Howard called Mr Blair a liar.", (None, "CONSULT", None)),
    ("The Polish president called Zelensky a friend of Poland.", (None, "CONSULT", None)),
    # a subject relative pronoun is untouched: the prince visited, nobody visited him
    ("The Saudi crown prince, who visited Paris, met Macron.", (None, None, "Saudi Arabia")),
    # speaking to the press, or being told by someone, is no call
    ("The Turkish president spoke to reporters in Ankara.", (None, "CONSULT", None)),
    ("The minister was told by officials that the plan had failed.", (None, "CONSULT", None)),
    # soldiers lost are no deployment
    ("The army lost many soldiers to disease.", (None, "MOBILIZE", None)),
    ("Hezbollah promised retaliation against Israel for the killing.", (None, "AGREE", None)),
    # a hyphened backer is no target-less event, nor the noun's own act
    ("Iranian-backed Houthi rebels attacked ships in the Red Sea.", (None, "SUPPORT", None)),
    ("A Saudi-backed plan was rejected by Iran.", ("Saudi Arabia", None, None)),
    # a degree verb without an event noun is nothing
    ("The conflict escalated rapidly after the elections.", (None, None, None)),
])
def test_recall_rules_leave_alone(extract, text, unwanted):
    def matches(dyad):
        return all(want is None or want == got for want, got in zip(unwanted, dyad))

    found = dyads(extract(text))
    assert not [d for d in found if matches(d)], found


def test_phone_call_still_found_without_naming(extract):
    assert ("Emmanuel Macron", "CONSULT", "Vladimir Putin") in dyads(
        extract("Macron phoned Putin on Tuesday."))


@pytest.mark.parametrize("text, expected", [
    # sinking talks or a deal refuses them (CAMEO 12)
    ("Hungary scuttled the trade talks with Serbia.", ("Hungary", "REJECT", "REJECT", "Serbia")),
    ("Peru derailed a fishing deal with Chile.", ("Peru", "REJECT", "REJECT", "Chile")),
    # naming as a terrorist group is a judgement (CAMEO 111)
    ("Egypt branded the Muslim Brotherhood a terrorist organisation.",
     ("Egypt", "CRITICIZE", "DISAPPROVE", "Muslim Brotherhood")),
    # punishment is coercion (CAMEO 17)
    ("China punished Lithuania over its ties with Taiwan.", ("China", "COERCE", "COERCE", "Lithuania")),
    # a non-restrictive relative clause: the pronoun stands for the noun before the comma
    ("Mexico, which refused to meet Canada, said nothing.", ("Mexico", "REJECT", "REJECT", "Canada")),
    ("Poland, which has condemned Russia repeatedly, hosted the summit.",
     ("Poland", "CRITICIZE", "DISAPPROVE", "Russia")),
    # a commitment to act is an intent (AGREE), whether the parse makes it passive or adjectival
    ("Germany is committed to supporting Ukraine.", ("Germany", "SUPPORT", "AGREE", "Ukraine")),
    ("France remains committed to helping Lebanon.", ("France", "AID", "AGREE", "Lebanon")),
    # "prompted X to act": X acted
    ("Pressure from Washington prompted Israel to withdraw from Gaza.",
     ("Israel", "DEESCALATE", "RETREAT", "Gaza")),
    ("The sanctions compelled Iran to release the British sailors.",
     ("Iran", "RELEASE", "RETREAT", "United Kingdom military")),
])
def test_refusal_judgement_intent_and_cause_mechanisms(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, unwanted", [
    # the forces deployed are the deployer's own, not its target
    ("China deployed Russian-made missiles near Taiwan.", "Russia"),
    ("Mexico committed to deploying 8,000 National Guard troops to the border.",
     "Mexican National Guard"),
    # urging is no causing: the one urged has not acted yet
    ("Germany urged Israel to withdraw from Gaza.", "Gaza"),
])
def test_deployed_forces_and_urged_acts_are_no_targets(extract, text, unwanted):
    assert not any(t[3] == unwanted for t in triples(extract(text)))



@pytest.mark.parametrize("text, expected", [
    # customs duties are tariffs; "placed" carries a sanction noun as "imposed" does
    ("China imposed duties on Japanese fish.", ("China", "SANCTION", "SANCTION", "Japan")),
    ("Canada placed sanctions on Russia.", ("Canada", "SANCTION", "SANCTION", "Russia")),
    ("Brazil placed an embargo on Venezuelan oil.", ("Brazil", "SANCTION", "SANCTION", "Venezuela")),
])
def test_duties_and_placed_sanctions(extract, text, expected):
    assert expected in triples(extract(text))


def test_an_office_s_duties_are_no_sanction(extract):
    found = triples(extract("The Kenyan envoy said his duties in Uganda were light."))
    assert not any(t[2] == "SANCTION" for t in found)


@pytest.mark.parametrize("text, unwanted", [
    # a restrictive clause picks out some of a group: "the diplomats" are not their state
    ("Some Canadian diplomats who criticised Russia were recalled.", ("Canada", "Russia")),
    # a clause on a common noun has no actor for its subject
    ("Spain welcomed a European Commission ruling which said Portugal must pay.",
     ("European Commission", "Portugal")),
])
def test_relative_pronouns_stand_for_named_antecedents_only(extract, text, unwanted):
    assert not any((t[0], t[3]) == unwanted for t in triples(extract(text)))


@pytest.mark.parametrize("text, expected", [
    # an adjective of ability passes its subject to the act, as firmly as "be" says it
    ("Scholz will be able to meet with Macron after the vote.",
     ("Olaf Scholz", "MEET", "AGREE", "Emmanuel Macron")),
    ("Kenya was able to reach an agreement with Ethiopia.", ("Kenya", "AGREE", "AGREE", "Ethiopia")),
])
def test_ability_passes_the_subject(extract, text, expected):
    assert expected in triples(extract(text))


def test_an_impersonal_adjective_still_names_no_doer(extract):
    assert not triples(extract("It is possible to meet Iran next week."))


def test_who_after_a_name_and_a_comma_stands_for_the_name(extract):
    # the parser may hang the clause on "negotiations"; "who" is the group before the comma
    found = triples(extract("They hoped the release would pave the way for direct negotiations "
                            "between their ministry and Hamas, who have repeatedly refused to "
                            "make peace with Israel."))
    assert ("Hamas", "REJECT", "REJECT", "Israel") in found


@pytest.mark.parametrize("text, expected", [
    # what the object is called decides: an insult condemns, a tribute praises
    ("Biden called Putin a butcher.", ("Joe Biden", "CRITICIZE", "DISAPPROVE", "Vladimir Putin")),
    ("Trump called Zelensky a dictator.",
     ("Donald Trump", "CRITICIZE", "DISAPPROVE", "Volodymyr Zelenskiy")),
    ("Erdogan called the PKK a terrorist group.",
     ("Recep Tayyip Erdogan", "CRITICIZE", "DISAPPROVE", "PKK")),
    ('Russia has described Zelensky as a "puppet" of the West.',
     ("Russia", "CRITICIZE", "DISAPPROVE", "Volodymyr Zelenskiy")),
    ("Ukraine characterised Putin as a war criminal.",
     ("Ukraine", "CRITICIZE", "DISAPPROVE", "Vladimir Putin")),
    ("Venezuela labelled the United States an aggressor.",
     ("Venezuela", "CRITICIZE", "DISAPPROVE", "United States")),
    ("Macron called Germany a true friend.", ("Emmanuel Macron", "PRAISE", "SUPPORT", "Germany")),
    ("Brazil described China as a strategic partner.", ("Brazil", "PRAISE", "SUPPORT", "China")),
])
def test_naming_an_actor_judges_it(extract, text, expected):
    assert triples(extract(text)) == {expected}


@pytest.mark.parametrize("text", [
    "The minister described the talks as useful.",  # no actor named, nothing judged
    "Iran described the attack as a crime.",  # an act, not an actor, is called a crime
    "Erdogan called the Kurdish fighters terrorists.",  # label run on to the named: no phone call
    "Turkey described Greece as a neighbour.",  # a neutral word judges nothing
    "The army attacked the ISIS terrorists.",  # an insult as a noun is no naming
])
def test_naming_without_a_judged_actor_is_no_call_or_judgement(extract, text):
    assert not {t for t in triples(extract(text)) if t[1] in ("CALL", "CRITICIZE", "PRAISE")}


def test_a_phone_call_stays_a_call(extract):
    assert triples(extract("Biden called Putin on Tuesday.")) == {
        ("Joe Biden", "CALL", "CONSULT", "Vladimir Putin")}


@pytest.mark.parametrize("text, expected", [
    # "X said Y is a puppet": the speaker names Y as "called Y a puppet" would
    ("China said the Taiwanese separatists were criminals.",
     {("China", "CRITICIZE", "DISAPPROVE", "Taiwan rebels")}),
    ("The Kremlin said Zelensky was a puppet of the West.",
     {("Russia", "CRITICIZE", "DISAPPROVE", "Volodymyr Zelenskiy")}),
    ("Beijing said Lai Ching-te is a separatist.",
     {("China", "CRITICIZE", "DISAPPROVE", "Lai Ching-te")}),
    ("Zelensky is a hero, Macron said.",
     {("Emmanuel Macron", "PRAISE", "SUPPORT", "Volodymyr Zelenskiy")}),
    ("Trump said Macron is a good friend.",
     {("Donald Trump", "PRAISE", "SUPPORT", "Emmanuel Macron")}),
    # negated, no named speaker, an act rather than an actor, a neutral word: nothing
    ("Trump said Macron is not a dictator.", set()),
    ("The report said the two men were terrorists.", set()),
    ("Iran said the strike was a crime.", set()),
    ("Russia said it was a criminal act.", set()),
    ("Germany said France is a neighbour.", set()),
])
def test_a_label_in_reported_speech_judges_the_named(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a state named inside what is asked for is who is asked
    ("The UN urged an end to the violence in Haiti.", {("UN", "APPEAL", "DEMAND", "Haiti")}),
    ("France urged restraint in Lebanon.", {("France", "APPEAL", "DEMAND", "Lebanon")}),
    ("The EU called for an end to the violence in Haiti.", {("EU", "DEMAND", "DEMAND", "Haiti")}),
    # a city is where the words were said, not who was asked
    ("Guterres urged a ceasefire in a speech in Geneva.", set()),
    ("The EU urged restraint in Brussels on Monday.", set()),
    ("Macron urged restraint at a summit in Brussels.", set()),
])
def test_a_state_named_in_a_demand_is_asked(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # placed or put under arrest, detention or custody: an arrest (CAMEO 173)
    ("Zimbabwe's army put Robert Mugabe under house arrest.",
     {("Zimbabwe military", "ARREST", "COERCE", "Robert Mugabe")}),
    ("The Gabonese army placed Ali Bongo under house arrest.",
     {("Gabon military", "ARREST", "COERCE", "Ali Bongo")}),
    ("Russia placed the US journalist Evan Gershkovich under arrest.",
     {("Russia", "ARREST", "COERCE", "Evan Gershkovich")}),
    # under anything else: nothing
    ("France placed Mali under review.", set()),
    ("The government put the plan under review.", set()),
])
def test_put_under_arrest_is_an_arrest(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname the model left untagged is the person the document names in full
    ("Hamas named Yahya Sinwar as its new leader. Israel vowed to kill Sinwar.",
     ("Israel", "BEAT", "THREATEN", "Yahya Sinwar")),
    ("Ali Khamenei met the envoy. Later, Netanyahu threatened Khamenei.",
     ("Benjamin Netanyahu", "THREATEN", "THREATEN", "Ali Khamenei")),
    # a leader's name the model left untagged beside a quotation speaks for the state
    ('"We will support Ukraine," Scholz said on Monday.', ("Germany", "SUPPORT", "AGREE", "Ukraine")),
    ('"Our country will support Ukraine," Scholz said on Monday.',
     ("Germany", "SUPPORT", "AGREE", "Ukraine")),
])
def test_names_the_model_missed_are_found(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text", [
    '"Our country will support Ukraine," he said.',  # whose country is not known
    "Our government will support Ukraine.",
    "We will support Ukraine, the minister said.",
])
def test_no_actor_from_our_or_an_unknown_single_name(extract, text):
    assert not {t for t in triples(extract(text)) if t[0].lower().startswith(("our", "we"))}


@pytest.mark.parametrize("text, expected", [
    # a state's name and a body noun before a third noun: the body's deed, however parsed
    ("China has denounced a Hong Kong court ruling on the ban.",
     ("China", "CRITICIZE", "DISAPPROVE", "Hong Kong judiciary")),
    ("Russia criticised a Dutch court ruling.",
     ("Russia", "CRITICIZE", "DISAPPROVE", "Netherlands judiciary")),
    ("The EU criticised a South Korean court decision.",
     ("EU", "CRITICIZE", "DISAPPROVE", "South Korea judiciary")),
    ("France condemned the New Zealand police raid.",
     ("France", "CRITICIZE", "DISAPPROVE", "New Zealand police")),
    ("Japan condemned the North Korean army exercises.",
     ("Japan", "CRITICIZE", "DISAPPROVE", "North Korea military")),
    # no body noun: the state's own deed
    ("Russia criticised a Dutch government decision.", ("Russia", "CRITICIZE", "DISAPPROVE", "Netherlands")),
    ("Iran condemned the Dutch cartoon contest.", ("Iran", "CRITICIZE", "DISAPPROVE", "Netherlands")),
])
def test_a_body_named_with_its_state_before_a_noun(extract, text, expected):
    assert triples(extract(text)) == {expected}


@pytest.mark.parametrize("text, expected", [
    # a levy on goods from a country hits that country, wherever the parser hangs "from"
    ("President Trump imposed 25% tariffs on steel and aluminum from Canada.",
     {("Donald Trump", "SANCTION", "SANCTION", "Canada")}),
    ("The EU imposed duties on electric cars from China.",
     {("EU", "SANCTION", "SANCTION", "China")}),
    ("The US lifted tariffs on steel from Mexico.",
     {("United States", "EASE_RESTRICTIONS", "CONCEDE", "Mexico")}),
    # no country after "from", or no goods: nobody is hit
    ("Japan imposed tariffs on steel from Monday.", set()),
    ("Canada imposed tariffs on steel and aluminum.", set()),
])
def test_a_levy_on_goods_from_a_country_hits_it(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a weapon to be used is never the target: whom it is used against is
    ("Iran threatened to use its missiles against Israel.", {("Iran", "THREATEN", "THREATEN", "Israel")}),
    ("Iran threatened Israel with its missiles.", {("Iran", "THREATEN", "THREATEN", "Israel")}),
    ("Iran threatened to fire missiles at Israel.", {("Iran", "SHOOT", "THREATEN", "Israel")}),
    ("Russia vowed to destroy Ukrainian drones.",
     {("Russia", "SEIZE", "THREATEN", "Ukraine military")}),
    ("Russia moved its missiles to Belarus.", set()),
])
def test_a_weapon_used_is_not_the_target(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # verbs the lexicon lacked, each with its CAMEO sense
    ("North Korea spurned Seoul's offer of talks.", ("North Korea", "REJECT", "REJECT", "South Korea")),
    ("Hungary rebuffed Ukraine's request.", ("Hungary", "REJECT", "REJECT", "Ukraine")),
    ("Taliban fighters assaulted two Pakistani diplomats.", ("Taliban", "BEAT", "ASSAULT", "Pakistan")),
    ("ISIS militants beheaded a Japanese journalist.",
     ("Islamic State", "BEAT", "ASSAULT", "Japan media")),
    ("Russian troops besieged Mariupol.", ("Russia military", "BLOCKADE", "COERCE", "Mariupol")),
    ("Russia annexed Crimea in 2014.", ("Russia", "OCCUPY", "FIGHT", "Crimea")),
    ("Erdogan lashed out at Sweden.", ("Recep Tayyip Erdogan", "CRITICIZE", "DISAPPROVE", "Sweden")),
    ("Iran armed the Houthis.", ("Iran", "GIVE_MILITARY_AID", "AID", "Houthis")),
])
def test_verbs_added_to_the_lexicon(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # "X said Y's deed was illegal": X judges whoever did it
    ("China said the US sanctions were illegal.", {("China", "CRITICIZE", "DISAPPROVE", "United States")}),
    ("Beijing said Washington's tariffs were unacceptable.",
     {("China", "CRITICIZE", "DISAPPROVE", "United States")}),
    ("Mexico said the tariffs announced by Trump were illogical.",
     {("Mexico", "CRITICIZE", "DISAPPROVE", "Donald Trump")}),
    ("France said Israel's settlements were a violation of international law.",
     {("France", "CRITICIZE", "DISAPPROVE", "Israel")}),
    ("The sanctions imposed by Washington last week are illegal, the Chinese foreign minister said.",
     {("China", "CRITICIZE", "DISAPPROVE", "United States")}),
    # a participle that makes deeds is the deed's, wherever the parser hangs it
    ("The tariffs on steel imports announced by Washington are illegal, Beijing said.",
     {("China", "CRITICIZE", "DISAPPROVE", "United States")}),
    ("The duties on car parts imposed by Canada last week are unacceptable, Japan said.",
     {("Japan", "CRITICIZE", "DISAPPROVE", "Canada")}),
    # one that does something else names no doer of the deed
    ("The sanctions on oil exported by Iran are illegal, Russia said.", set()),
    ("The ban on fishing boats seized by Indonesia is illegal, China said.", set()),
    # no doer named, negated, or no verdict: nothing
    ("Russia said the attack on Kyiv was a provocation.", set()),
    ("Germany said the decision was a mistake.", set()),
    ("China said the US sanctions were not illegal.", set()),
    ("The minister said the talks were constructive.", set()),
])
def test_a_verdict_on_a_deed_judges_its_doer(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # people in a place are the target, never the place; unnamed, they are the place's own
    ("Turkey attacked militants in Iraq.", {("Turkey", "ATTACK", "FIGHT", "Iraq rebels")}),
    ("Turkey shelled militants in Iraq.", {("Turkey", "SHELL", "FIGHT", "Iraq rebels")}),
    ("Israeli jets bombed gunmen in Lebanon on Sunday.",
     {("Israel military", "AIRSTRIKE", "FIGHT", "Lebanon armed men")}),
    ("Turkish troops attacked Kurdish fighters in Syria.",
     {("Turkey military", "ATTACK", "FIGHT", "Kurdish fighters")}),
    # with no state to place them in, nobody
    ("Nigerian troops attacked insurgents in the forest.", set()),
    ("Kenyan troops attacked fighters near the border.", set()),
    # a place that is what the deed is done to stays the target
    ("Russia shelled towns in Ukraine.", {("Russia", "SHELL", "FIGHT", "Ukraine")}),
])
def test_a_group_in_a_place_is_the_target_not_the_place(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # supplying is aid by what is supplied: arms are military aid, food or medicine humanitarian
    ("Belarus supplied rockets to Russia.", {("Belarus", "GIVE_MILITARY_AID", "AID", "Russia")}),
    ("France supplied Ukraine with howitzers.",
     {("France", "GIVE_MILITARY_AID", "AID", "Ukraine")}),
    ("Canada supplied Haiti with medicine.",
     {("Canada", "GIVE_HUMANITARIAN_AID", "AID", "Haiti")}),
    # anything else supplied is trade, no event
    ("Norway supplies gas to Poland.", set()),
    ("Brazil supplied China with soybeans.", set()),
    ("Japan supplies cars to Australia.", set()),
])
def test_supplying_is_aid_by_what_is_supplied(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a "with" the verb does not take names company, never the target
    ("The Pope toured Africa with the Italian president.", set()),
    ("Macron travelled to China with the German chancellor.",
     {("Emmanuel Macron", "VISIT", "CONSULT", "China")}),
    ("Blinken visited Kyiv alongside the British foreign secretary.",
     {("Antony Blinken", "VISIT", "CONSULT", "Ukraine"),
      ("United Kingdom", "VISIT", "CONSULT", "Ukraine")}),  # who came along visited too
    # a verb that takes "with" keeps it
    ("Serbian police clashed with Kosovo police at the border.",
     {("Serbia police", "FIGHT", "FIGHT", "Kosovo police")}),
    ("Iran cooperated with Russia on drones.",
     {("Iran", "COOPERATE", "COOPERATE", "Russia")}),
])
def test_a_companion_is_no_target(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an accused the text does not name: nobody, never a name inside the charge
    ("Democrats accused the president of hiding the costs of the war in Iraq.", set()),
    ("The minister accused them of helping Iran.", set()),
    ("Turkey accused the rebels of receiving arms from Syria.", set()),
    # a named accused, or one whose words name the state, is the target
    ("Russia accused Ukraine of shelling the plant.",
     {("Russia", "ACCUSE", "DISAPPROVE", "Ukraine")}),
    ("Taliban fighters assaulted two Pakistani diplomats.",
     {("Taliban", "BEAT", "ASSAULT", "Pakistan")}),
])
def test_an_unnamed_accused_is_nobody(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a call is made to somebody; a truce, an election or a meeting called calls nobody
    ("Putin called Macron on Monday.", {("Vladimir Putin", "CALL", "CONSULT", "Emmanuel Macron")}),
    ("The EU called a truce in its dispute with France.", set()),
    ("Erdogan called early elections.", set()),
    # demands met are no meeting; talks cut off are halted
    ("The government met many of the protesters' demands.", set()),
    ("Ireland cut off talks with Britain.",
     {("Ireland", "HALT_TALKS", "SANCTION", "United Kingdom")}),
    ("Ethiopia cut off aid to Eritrea.", {("Ethiopia", "CUT_AID", "SANCTION", "Eritrea")}),
])
def test_what_is_called_met_or_cut_decides_the_act(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a warning of what follows unless somebody acts is a threat aimed at that somebody
    ("Iran warned that talks would collapse unless the United States lifted sanctions.",
     {("Iran", "THREATEN", "THREATEN", "United States")}),
    ("Turkey warned that the deal would end unless Greece withdrew its ships.",
     {("Turkey", "THREATEN", "THREATEN", "Greece")}),
    # "it" is the speaker: its own act, aimed at the one the condition names
    ("China warned it would retaliate if Japan continued the patrols.",
     {("China", "THREATEN", "THREATEN", "Japan")}),
    # a threatened act on nobody in particular leaves the threat aimed at the condition
    ("Pakistan threatened to expel diplomats unless India apologised.",
     {("Pakistan", "THREATEN", "THREATEN", "India")}),
    # control: a threatened act on a named actor is that act, aimed at it
    ("Pakistan threatened to expel Indian diplomats.",
     {("Pakistan", "EXPEL", "THREATEN", "India")}),
    # nobody named must act: no target, no event
    ("Analysts warned that prices would rise unless demand fell.", set()),
    ("Germany warned that the plan would fail unless both sides compromised.", set()),
    # a pronoun in a quoted condition is nobody we know
    ("Rwanda spoke first. But the manager has warned: \"If they cross the line they will be "
     "stopped.\"", set()),
])
def test_a_conditional_threat_is_aimed_at_whoever_must_act(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an active verb has no agent: a "by" the parser hung on it names its object's maker
    ("Mr Mugabe rejected mediation by South Africa.",
     {("Robert Mugabe", "REJECT", "REJECT", "South Africa")}),
    ("Israel welcomed the offer by Egypt.", {("Israel", "PRAISE", "SUPPORT", "Egypt")}),
    ("Serbia rejected the proposal by Kosovo on Monday.",
     {("Serbia", "REJECT", "REJECT", "Kosovo")}),
    # a "by" of manner or measure names nobody
    ("Russia won the vote by a wide margin.", set()),
    ("Turkey took the town by force.", set()),
    # an object that is nobody's deed: the name is no maker of it
    ("Japan praised the museum by the Korean border.", set()),
])
def test_a_by_on_an_active_verb_names_its_objects_maker(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # whoever acts or serves as a mediator between two sides mediates between them
    ("Norway is acting as a mediator between Colombia and Venezuela.",
     {("Norway", "MEDIATE", "CONSULT", "Colombia"), ("Norway", "MEDIATE", "CONSULT", "Venezuela")}),
    ("Switzerland has served as an intermediary between Iran and the United States.",
     {("Switzerland", "MEDIATE", "CONSULT", "Iran"),
      ("Switzerland", "MEDIATE", "CONSULT", "United States")}),
    ("Oman worked as a middleman between Iran and Britain.",
     {("Oman", "MEDIATE", "CONSULT", "Iran"), ("Oman", "MEDIATE", "CONSULT", "United Kingdom")}),
    # "as" after other verbs says nothing of the subject's part
    ("Kenya saw the talks as a mediator's job for Uganda.", set()),
    ("The mediator met Iran and Britain in Muscat.", set()),
])
def test_acting_as_a_mediator_mediates(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # exercises one side holds near another are a show of force aimed at it
    ("China held military drills near Taiwan.", {("China", "MOBILIZE", "MOBILIZE", "Taiwan")}),
    ("China staged large-scale exercises around Taiwan on Monday.",
     {("China", "MOBILIZE", "MOBILIZE", "Taiwan")}),
    ("The Russian navy held exercises near Japan.",
     {("Russia military", "MOBILIZE", "MOBILIZE", "Japan")}),
    # with a partner they are cooperation, wherever they are held
    ("Japan held joint drills with the United States near Okinawa.",
     {("Japan", "COOPERATE_MILITARILY", "COOPERATE", "United States")}),
    ("South Korea and the US held joint drills near the border.",
     {("South Korea", "COOPERATE_MILITARILY", "COOPERATE", "United States"),
      ("United States", "COOPERATE_MILITARILY", "COOPERATE", "South Korea")}),
    # at home they are aimed at nobody
    ("The Afghan army held drills near Kabul.", set()),
])
def test_drills_near_another_side_are_a_show_of_force(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a package is the event it holds
    ("The Pentagon announced a new military aid package for Ukraine.",
     {("United States", "AID", "AID", "Ukraine")}),
    ("Washington unveiled an aid package for Ukraine.", {("United States", "AID", "AID", "Ukraine")}),
    # agreeing or approving sanctions imposes them: no agreement with their target
    ("The EU agreed new sanctions against Russia.", {("EU", "SANCTION", "SANCTION", "Russia")}),
    ("The EU agreed a new sanctions package against Russia.",
     {("EU", "SANCTION", "SANCTION", "Russia")}),
    ("The EU approved a deal with Mercosur.", {("EU", "AGREE", "AGREE", "Mercosur")}),
    # recalling envoys reduces relations; recalling cars or remarks does not
    ("France recalled its envoy from Mali.", {("France", "BREAK_RELATIONS", "SANCTION", "Mali")}),
    ("The writer recalled remarks from a leading Kenyan MP.", set()),
    ("Toyota recalled thousands of cars from Japan.", set()),
    ("Apple unveiled a new phone in China.", set()),
])
def test_a_package_agreed_sanctions_and_recalled_envoys(extract, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # exchanging fire is fighting between the two; exchanging prisoners is cooperation
    ("Armenia and Azerbaijan exchanged fire along the border.",
     {("Armenia", "FIGHT", "Azerbaijan"), ("Azerbaijan", "FIGHT", "Armenia")}),
    ("Armenia and Azerbaijan exchanged prisoners on Monday.",
     {("Armenia", "COOPERATE", "Azerbaijan"), ("Azerbaijan", "COOPERATE", "Armenia")}),
    # "voiced" is a light verb: the noun is the act
    ("Spain voiced support for Morocco.", {("Spain", "SUPPORT", "Morocco")}),
    ("The actor voiced a dragon in the film.", set()),
    # talks hosted, arranged or held "between X and Y" are theirs, whoever hosts them (and
    # the host mediates between them)
    ("Oman hosted talks between Iran and the United States.",
     {("Iran", "CONSULT", "United States"), ("United States", "CONSULT", "Iran"),
      ("Oman", "CONSULT", "Iran"), ("Oman", "CONSULT", "United States")}),
    ("Norway arranged a meeting between Serbia and Kosovo.",
     {("Serbia", "CONSULT", "Kosovo"), ("Kosovo", "CONSULT", "Serbia")}),
    # a host's offer or wish is not the two sides' intent, nor their meeting (an offer to
    # mediate is the host's intent)
    ("Chile offered to host talks between Peru and Bolivia.",
     {("Chile", "AGREE", "Peru"), ("Chile", "AGREE", "Bolivia")}),
    ("Kenya wants to arrange a meeting between Sudan and Chad.", set()),
])
def test_an_act_between_two_is_theirs(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "There has been no meeting between Serbia and Kosovo since June.",
    "There was no agreement between Chile and Bolivia.",
    "No talks between Iran and Egypt are planned.",
    "Serbia and Kosovo held no talks on Friday.",
    "Chile sent no troops to Haiti.",
])
def test_an_act_denied_by_no_is_negated(extract, text):
    relations = extract(text)
    assert relations and all(r.negated and r.category is None for r in relations
                             if hasattr(r.object, "actor"))


@pytest.mark.parametrize("text, expected", [
    # a beating needs a force or civilians on a side; between named rivals "beat" is a win
    ("Syrian soldiers beat Kurdish protesters.",
     {("Syria military", "ASSAULT", "Kurdish protesters")}),
    ("Turkish police beat Selahattin Demirtas.",
     {("Turkey police", "ASSAULT", "Selahattin Demirtas")}),
    ("Brazil beat Argentina in the final.", set()),
    ("Kim Clijsters beat Serena Williams 6-4 6-2.", set()),
    ("The Social Democrats beat the Greens in Hamburg.", set()),
])
def test_a_beating_is_by_forces_a_win_is_not(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "they" just after two people named together is both of them, before the clause's subject
    ("Russia expelled Anna Berg and Ivan Petrov after they criticized the Kremlin.",
     {("Russia", "SANCTION", "Anna Berg"), ("Russia", "SANCTION", "Ivan Petrov"),
      ("Anna Berg", "DISAPPROVE", "Russia"), ("Ivan Petrov", "DISAPPROVE", "Russia")}),
    ("Anna Berg and Ivan Petrov met in Oslo, where they condemned Russia.",
     {("Anna Berg", "CONSULT", "Ivan Petrov"), ("Ivan Petrov", "CONSULT", "Anna Berg"),
      ("Anna Berg", "DISAPPROVE", "Russia"), ("Ivan Petrov", "DISAPPROVE", "Russia")}),
    # two states are no pair of people: "they" stays the speakers
    ("Germany and France said they would sanction Iran.",
     {("Germany", "THREATEN", "Iran"), ("France", "THREATEN", "Iran")}),
    # a person and the person met are not named together
    ("Anna Berg met Ivan Petrov in Oslo before they flew home.",
     {("Anna Berg", "CONSULT", "Ivan Petrov")}),
])
def test_they_after_two_people_named_together_is_both(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # what was attacked belongs to whom the pronoun names, as with a name ("Odinga's home")
    ("Raila Odinga fled after his home was attacked by Kenyan troops.",
     {("Kenya military", "ASSAULT", "Raila Odinga")}),
    ("Anna Berg and Ivan Petrov fled after their homes were attacked by Kenyan troops.",
     {("Kenya military", "ASSAULT", "Anna Berg"), ("Kenya military", "ASSAULT", "Ivan Petrov")}),
    ("Ivan Petrov said Kenyan police had raided his offices.",
     {("Kenya police", "COERCE", "Ivan Petrov")}),
    # the doer's own thing is never a target of the doer
    ("Anna Berg reneged on her pledge to Kenya.", {("Anna Berg", "REJECT", "Kenya")}),
    # a pronoun that agrees with the subject is most often the subject's own
    ("Raila Odinga spoke in Nairobi. Uganda later criticized its own policies.", set()),
    ("Raila Odinga spoke in Nairobi. Kenya and Uganda criticized his policies.",
     {("Kenya", "DISAPPROVE", "Raila Odinga"), ("Uganda", "DISAPPROVE", "Raila Odinga")}),
    ("Kenya and Uganda upgraded their ties.",
     {("Kenya", "SUPPORT", "Uganda"), ("Uganda", "SUPPORT", "Kenya")}),
])
def test_a_pronoun_owner_of_what_is_acted_on_is_the_target(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an attack on people or civilians is violence against them; on a force or state, battle
    ("Kenyan police attacked Ugandan refugees near the border.",
     {("Kenya police", "ASSAULT", "Uganda civilians")}),
    ("Raila Odinga's home was attacked by Kenyan troops.",
     {("Kenya military", "ASSAULT", "Raila Odinga")}),
    # one politician attacking another attacks in words
    ("Anna Berg attacked Ivan Petrov for failing to cut taxes.",
     {("Anna Berg", "DISAPPROVE", "Ivan Petrov")}),
    ("Kenyan troops attacked Somali militants.", {("Kenya military", "FIGHT", "Somalia rebels")}),
    ("Kenyan troops attacked Uganda.", {("Kenya military", "FIGHT", "Uganda")}),
    ("Ethiopian jets attacked Eritrean soldiers and Eritrean villagers.",
     {("Ethiopia military", "FIGHT", "Eritrea military"),
      ("Ethiopia military", "FIGHT", "Eritrea civilians")}),
])
def test_an_attack_on_people_is_assault_on_forces_battle(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a middleman, however written, mediates between the two sides named
    ("The bishop, Anna Berg, is acting as a middle-man between President Ruto and Raila Odinga.",
     {("Anna Berg", "CONSULT", "William Ruto"), ("Anna Berg", "CONSULT", "Raila Odinga")}),
    ("Anna Berg acted as the middle man between Kenya and Uganda.",
     {("Anna Berg", "CONSULT", "Kenya"), ("Anna Berg", "CONSULT", "Uganda")}),
    # a priest named beside his title is the one who acts
    ("The priest, Anna Berg, is acting as a mediator between Kenya and Uganda.",
     {("Anna Berg", "CONSULT", "Kenya"), ("Anna Berg", "CONSULT", "Uganda")}),
    # "middle" of something else is no middleman
    ("Anna Berg said the middle class would gain from the deal between Kenya and Uganda.", set()),
])
def test_a_middleman_mediates(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # what is implemented or introduced is imposed
    ("Mexico implemented retaliatory tariffs on U.S. goods.", {("Mexico", "SANCTION", "United States")}),
    ("Canada introduced sanctions against Ghana.", {("Canada", "SANCTION", "Ghana")}),
    # an example ("including", "such as", "like") stands for the measures it is one of
    ("The tariffs prompted Canada to implement a range of retaliatory measures including duties "
     "on American whiskey.", {("Canada", "SANCTION", "United States")}),
    ("Brazil imposed measures such as tariffs on Argentine beef.", {("Brazil", "SANCTION", "Argentina")}),
    # controls: nothing imposed on anybody
    ("Canada introduced a bill on Monday.", set()),
    ("Kenya introduced new measures to fight inflation.", set()),
    ("Chile has won two of its last three visits to Peru.", set()),
])
def test_measures_implemented_and_their_examples(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an envoy recalled is aimed at the state where the envoy serves
    ("France recalled its ambassador to Niger after the coup.", {("France", "SANCTION", "Niger")}),
    ("Canada recalled its ambassador from India.", {("Canada", "SANCTION", "India")}),
    ("Germany recalled its envoy in Moscow for consultations.", {("Germany", "SANCTION", "Russia")}),
    # control: an envoy whose state is named is that state's
    ("Russia expelled the US ambassador to Moscow.", {("Russia", "SANCTION", "United States")}),
    ("Kenya appointed a new ambassador to Uganda.", set()),
])
def test_a_recalled_envoy_is_aimed_at_the_state_served_in(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # who brokered, hosted or signed what a phrase only places is no target of the act (the
    # broker mediated between the two)
    ("Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.",
     {("Saudi Arabia", "AGREE", "Iran"), ("Iran", "AGREE", "Saudi Arabia"),
      ("China", "CONSULT", "Saudi Arabia"), ("China", "CONSULT", "Iran")}),
    ("The Arab League blamed this on high prices, in a statement signed by Egypt and Jordan.",
     set()),
    # control: what the act is against stays its target, whoever did it
    ("Kenya protested against the tariffs imposed by Uganda.", {("Kenya", "PROTEST", "Uganda")}),
])
def test_a_participle_agent_in_a_placing_phrase_is_no_target(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # ties two doers restore or normalise are between them, whoever is named around them
    ("Serbia and Kosovo agreed to normalise ties under an EU plan.",
     {("Serbia", "AGREE", "Kosovo"), ("Kosovo", "AGREE", "Serbia")}),
    ("Serbia and Kosovo normalised ties under an EU plan.",
     {("Serbia", "SUPPORT", "Kosovo"), ("Kosovo", "SUPPORT", "Serbia")}),
    # a partner named with "with" is the other side, for one doer or two
    ("Kenya and Uganda restored diplomatic relations with Rwanda.",
     {("Kenya", "SUPPORT", "Rwanda"), ("Uganda", "SUPPORT", "Rwanda")}),
    ("Kenya restored diplomatic relations with Uganda.", {("Kenya", "SUPPORT", "Uganda")}),
])
def test_ties_of_two_doers_are_between_them(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a promise of an act the lexicon does not know, aimed against somebody, is a threat
    ("China vowed to retaliate against the US tariffs.", {("China", "THREATEN", "United States")}),
    ("Ghana vowed to retaliate against Togo.", {("Ghana", "THREATEN", "Togo")}),
    # against somebody named deeper in the phrase: no deal with them either
    ("Chile promised to vote against the resolution proposed by Peru.", set()),
    # controls: the partner of a promise stays its target
    ("Kenya promised to work with Uganda against terrorism.", {("Kenya", "AGREE", "Uganda")}),
    ("Kenya vowed to help Uganda.", {("Kenya", "AGREE", "Uganda")}),
])
def test_a_promise_aimed_against_somebody_is_a_threat(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # standing with or by somebody, or siding with them, backs them
    ("Macron said France stood with Ukraine.", {("France", "SUPPORT", "Ukraine")}),
    ("Poland will stand by Ukraine.", {("Poland", "AGREE", "Ukraine")}),
    ("Hungary sided with Russia in the dispute.", {("Hungary", "SUPPORT", "Russia")}),
    # what is stood by is the target's phrase, not a cue to look elsewhere
    ("Anna Berg stands by her remarks, courtesy of Ivan Petrov.", set()),
    ("Kenya stood against the resolution.", set()),
])
def test_standing_with_somebody_backs_them(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the object of an entry's own preposition is where its target is: a thing there names
    # nobody else in the sentence
    ("Anna Berg will return to the fold to strengthen Labour's campaign.", set()),
    ("Kenya is calling for the authority to pay to move the market to Uganda's border.", set()),
    # a name set beside the object is who it is
    ("Kenya called on mediators Anna Berg and Ivan Petrov to resume work.",
     {("Kenya", "DEMAND", "Anna Berg"), ("Kenya", "DEMAND", "Ivan Petrov")}),
])
def test_the_entry_preposition_holds_the_target(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # walking out of talks or a meeting breaks them off; walking out of anything else is no act
    ("Kenya walked out of talks with Somalia.", {("Kenya", "SANCTION", "Somalia")}),
    ("The Ugandan delegation walked out of the meeting with Kenya.", {("Uganda", "SANCTION", "Kenya")}),
    ("Anna Berg walked out of the stadium in Nairobi.", set()),
    ("Workers walked out on Monday.", set()),
])
def test_walking_out_of_talks_halts_them(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # resisting pressure, calls, mediation or a plan rejects who applies them
    ("Kenya resisted mediation by Uganda.", {("Kenya", "REJECT", "Uganda")}),
    ("Kenya resisted pressure from the United States.", {("Kenya", "REJECT", "United States")}),
    ("Kenya resisted Uganda's plan.", {("Kenya", "REJECT", "Uganda")}),
    # resisting anything else rejects nobody named
    ("Demonstrators resisted arrest by Kenyan police.", set()),
    ("Rebels resisted the army's advance.", set()),
])
def test_resisting_pressure_rejects_who_applies_it(extract, text, expected):
    assert dyads(extract(text)) == expected


def test_a_root_labelled_as_a_shared_clause_ends_the_search_for_a_subject():
    # a parse whose root carries "conj" (the head is itself) must not loop
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from kg.extract.events import _agrees_with_subject

    doc = Doc(English().vocab, words=["cut", "its", "aid"], heads=[0, 2, 0],
              deps=["conj", "poss", "dobj"], pos=["VERB", "PRON", "NOUN"])
    assert _agrees_with_subject(doc[1], doc[0]) is True


@pytest.mark.parametrize("text, expected", [
    # "the talks" refers back to talks the text reported: an act on them is aimed at the
    # other side, whether the doer is a side itself or acts for one
    ("Ghana and Togo held talks in Accra on Monday. Togo suspended the talks on Friday.",
     ("Togo", "SANCTION", "Ghana")),
    ("Kenya held negotiations with Uganda. "
     "Kenyan President William Ruto broke off the negotiations.",
     ("William Ruto", "SANCTION", "Uganda")),
    ("Peru and Chile signed an agreement on fishing. Lima later rejected the agreement.",
     ("Peru", "REJECT", "Chile")),
    ("Norway and Iceland held talks on fishing rights. Iceland walked out of the talks.",
     ("Iceland", "SANCTION", "Norway")),
])
def test_the_talks_refer_back_to_their_sides(extract, text, expected):
    found = dyads(extract(text))
    assert expected in found


@pytest.mark.parametrize("text, expected", [
    # no talks reported before: nobody to aim at
    ("Togo suspended the talks on Friday.", set()),
    # a third party to the talks is no side of them
    ("Ghana and Togo held talks in Accra. Benin rejected the talks.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana")}),
    # talks that name their own sides, or a deal only introduced, are not referred back to
    ("Ghana and Togo held talks in Accra. Benin suspended talks with Niger.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana"), ("Benin", "SANCTION", "Niger")}),
    ("Ghana and Togo held talks in Accra. Togo rejected a deal on Friday.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana")}),
    # talks refused never happened: they have no sides to refer back to
    ("Ghana refused to hold talks with Togo. Togo suspended the talks.",
     {("Ghana", "REJECT", "Togo")}),
])
def test_the_talks_refer_back_only_to_sides_of_reported_talks(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an indirect question asks about an act: it is neither done nor meant
    ("Analysts wonder how Ghana will negotiate with Togo.", set()),
    ("Diplomats asked whether Ghana would sign the treaty with Togo.", set()),
    ("It is unclear if Ghana will meet Togo.", set()),
    ("Questions remain over how Ghana will respond to Togo.", set()),
    # asking about another's act makes no demand on them
    ("Benin asked how Ghana would respond to the sanctions.", set()),
    # "if" under a word that does not ask is a condition, and "how" under one that does not
    # ask tells what was done
    ("Ghana will meet Togo if Benin agrees.", {("Ghana", "AGREE", "Togo")}),
    ("Observers described how Ghanaian troops attacked Togolese soldiers.",
     {("Ghana military", "FIGHT", "Togo military")}),
    # an appeal is no question
    ("Benin asked Ghana to withdraw its troops.", {("Benin", "DEMAND", "Ghana")}),
])
def test_an_indirect_question_is_no_act(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a reaction drawn "from" somebody is theirs, aimed at who drew it: the subject, or the
    # owner or doer of the subject's act
    ("Ghana's decision drew criticism from Togo.", {("Togo", "DISAPPROVE", "Ghana")}),
    ("Anna Berg drew criticism from the European Commission.",
     {("European Commission", "DISAPPROVE", "Anna Berg")}),
    ("The move by Ghana triggered a sharp rebuke from Nigeria.",
     {("Nigeria", "DISAPPROVE", "Ghana")}),
    # an act that only places or aims at a name was drawn by nobody named
    ("The attack on Accra sparked condemnation from Togo.", set()),
    # no "from": whom the reaction is by is unsaid
    ("Ghana's decision drew criticism.", set()),
])
def test_a_reaction_drawn_from_others_is_aimed_at_who_drew_it(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the name that modifies an act whose target its own phrase names did it
    ("Ghanaian air strikes on Togo killed ten people.", ("Ghana", "FIGHT", "Togo")),
    ("Kenyan sanctions on Uganda hurt its economy.", ("Kenya", "SANCTION", "Uganda")),
    # a strike on X by a state or armed force is military, by workers it is a walkout
    ("Ghana's strikes on Togo continued overnight.", ("Ghana", "FIGHT", "Togo")),
    # the name may modify a word of the act's own name ("Russian" of "missile")
    ("Ghanaian missile strikes on Togo continued.", ("Ghana", "FIGHT", "Togo")),
])
def test_the_name_modifying_an_aimed_act_did_it(extract, text, expected):
    assert expected in dyads(extract(text))


@pytest.mark.parametrize("text", [
    # with no target of its own, the modifying name is the act's topic or place
    "The Ghana ceasefire talks resumed on Monday.",
    "Togolese protests continued for a week.",
    # the modifier that is the target itself does not act on itself
    "Ghana peace talks with Togo resumed.",
])
def test_a_modifying_name_without_a_target_is_no_doer(extract, text):
    found = dyads(extract(text))
    assert not any(category in ("FIGHT", "SANCTION", "PROTEST") for _, category, _ in found)


@pytest.mark.parametrize("text, expected", [
    # a state or its army bombing X strikes from the air (CAMEO 195) ...
    ("Ghana bombed rebel positions in Togo.", ("Ghana", "AIRSTRIKE", "FIGHT")),
    ("Ghanaian warplanes bombed Togolese army bases.", ("Ghana military", "AIRSTRIKE", "FIGHT")),
    # ... a bomb set off by an armed group is a bombing (CAMEO 183)
    ("The Taliban bombed a market in Kabul.", ("Taliban", "BOMB", "ASSAULT")),
    ("The IRA carried out bomb attacks on British army bases.",
     ("Irish Republican Army", "BOMB", "ASSAULT")),
])
def test_bombing_by_a_state_is_an_air_strike(extract, text, expected):
    assert expected in {(r.subject.actor.name, r.predicate, r.category) for r in extract(text)
                        if r.category}


@pytest.mark.parametrize("text, expected", [
    # what two sides trade or exchange goes both ways, and what it is says what the act is
    ("Ghana and Togo traded accusations over the raid.",
     {("Ghana", "DISAPPROVE", "Togo"), ("Togo", "DISAPPROVE", "Ghana")}),
    ("Ghana and Togo exchanged barbs at the summit.",
     {("Ghana", "DISAPPROVE", "Togo"), ("Togo", "DISAPPROVE", "Ghana")}),
    ("Ghanaian and Togolese troops traded fire across the border.",
     {("Ghana military", "FIGHT", "Togo military"), ("Togo military", "FIGHT", "Ghana military")}),
    ("Ghana and Togo traded goods worth $2bn.",
     {("Ghana", "COOPERATE", "Togo"), ("Togo", "COOPERATE", "Ghana")}),
])
def test_what_two_sides_trade_says_what_they_did(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a case brought against X is a lawsuit (CAMEO 115); a case of or for something is none
    ("Ghana filed a case against Togo at the International Court of Justice.",
     {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana brought a case against Togo at the UN court.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("In the case of Togo, Ghana waited.", set()),
    ("The lawyer made the case for talks with Togo.", set()),
])
def test_a_case_brought_against_x_is_a_lawsuit(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # being ready or prepared for an act is intending it, as "ready to negotiate" is
    ("Ghana is ready for talks with Togo.", {("Ghana", "AGREE", "Togo")}),
    ("Ghana said it was prepared for negotiations with Togo.", {("Ghana", "AGREE", "Togo")}),
    # not ready for talks is a refusal, said now
    ("Ghana is not ready for talks with Togo.", {("Ghana", "REJECT", "Togo")}),
    # ready for nothing the lexicon knows, or with nobody named: no act
    ("Ghana is ready for the elections.", set()),
    ("The talks with Togo are ready.", set()),
])
def test_ready_for_an_act_intends_it(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # forces promised to X are protection offered to X (CAMEO 0334)
    ("Ghana pledged to send troops to Togo.", {("Ghana", "AGREE", "Togo")}),
    ("Ghana offered to deploy peacekeepers to Togo.", {("Ghana", "AGREE", "Togo")}),
    ("Ghana agreed to send 500 police officers to Togo.", {("Ghana", "AGREE", "Togo")}),
    # forces threatened or planned are a threat
    ("Ghana threatened to send troops to Togo.", {("Ghana", "THREATEN", "Togo")}),
    ("Ghana plans to send troops to Togo.", {("Ghana", "THREATEN", "Togo")}),
])
def test_forces_promised_to_x_are_protection_offered(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the word that chose the sense is what is shared, not a group of spies
    ("Ghana and Togo shared intelligence on smugglers.",
     {("Ghana", "COOPERATE", "Togo"), ("Togo", "COOPERATE", "Ghana")}),
    ("Ghana shared information with Togo.", {("Ghana", "COOPERATE", "Togo")}),
    ("Ghana will share its nuclear technology with Togo.", {("Ghana", "AGREE", "Togo")}),
    # what two sides have in common is nothing they do
    ("Ghana and Togo share a border.", set()),
    ("Ghana and Togo share a long history.", set()),
])
def test_what_is_shared_says_whether_it_is_cooperation(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # forces massed or sent near, around or along another side are shown to it, wherever
    # the parser hangs the phrase
    ("Ghana massed troops along its border with Togo.", {("Ghana", "MOBILIZE", "Togo")}),
    ("Ghana deployed warships off Togo.", {("Ghana", "MOBILIZE", "Togo")}),
    ("Ghana deployed troops near Togo.", {("Ghana", "MOBILIZE", "Togo")}),
    # a place nobody holds in the gazetteer, or a time, is no side
    ("Ghana deployed troops near the Volta river.", set()),
    ("Ghana deployed troops on Monday.", set()),
])
def test_forces_shown_near_another_side_are_aimed_at_it(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # banning or suspending trade with X is an embargo on X (CAMEO 163)
    ("Ghana banned imports of Togolese cement.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana suspended exports to Togo.", {("Ghana", "SANCTION", "Togo")}),
    # banning a group stays a restriction (CAMEO 172)
    ("Ghana banned Togolese opposition groups.", {("Ghana", "COERCE", "Togo opposition")}),
])
def test_a_ban_on_trade_is_an_embargo(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # seizing a town is occupying it (CAMEO 192), from whoever held it
    ("Togolese troops seized the town of Bawku from Ghanaian forces.",
     {("Togo military", "FIGHT", "Ghana military")}),
    # seizing property stays a seizure (CAMEO 171), of whoever owned it
    ("Togo seized a Ghanaian fishing boat.", {("Togo", "COERCE", "Ghana")}),
    ("Togo seized weapons from Ghanaian smugglers.", {("Togo", "COERCE", "Ghana criminals")}),
    # the town of a name the model took for a person is a place, nobody's side
    ("Rebels seized the town of Kibali.", set()),
])
def test_a_town_seized_is_occupied(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # forces moved into, out of or near a town are moved against the state it lies in
    ("Ghana deployed troops to Lome.", {("Ghana", "MOBILIZE", "Togo")}),
    ("Ghana deployed troops near Kara.", {("Ghana", "MOBILIZE", "Togo")}),
    ("Ghana sent troops to Kara.", {("Ghana", "MOBILIZE", "Togo")}),
    ("Russian troops withdrew from Kherson.", {("Russia military", "RETREAT", "Ukraine")}),
    # a state's own forces leaving or guarding its own town act on no other side
    ("Togolese troops withdrew from Kara.", set()),
    ("Ghana deployed troops near Kumasi.", set()),
])
def test_a_town_forces_move_against_stands_for_its_state(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "$N in loans" counts what was given
    ("The World Bank provided $300 million in grants to Togo.",
     {("World Bank", "AID", "Togo")}),
    ("Ghana will provide 2 billion cedis in loans to Togo.", {("Ghana", "AGREE", "Togo")}),
    # a sum spent in a place is no aid
    ("Ghana invested $300 million in Togo.", set()),
])
def test_a_sum_in_aid_is_aid(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the light verb's subject inquires: a "by" on the inquiry names who did the deed
    ("Ghana opened an inquiry into abuses by Togolese police.",
     {("Ghana", "INVESTIGATE", "Togo police")}),
    ("Ghana launched an investigation into killings by Togolese troops.",
     {("Ghana", "INVESTIGATE", "Togo military")}),
    ("Ghana opened an inquiry into the abuses.", set()),
])
def test_an_inquiry_into_deeds_by_x_is_aimed_at_x(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Togo turned down an offer from Ghana.", {("Togo", "REJECT", "Ghana")}),
    ("Togo turned down the volume.", set()),
    ("Ghana handed back the seized vessels to Togo.", {("Ghana", "RETREAT", "Togo")}),
    ("Togolese students rallied against Ghana in Lome.", {("Togo civilians", "PROTEST", "Ghana")}),
    ("Togolese students rallied against the new law.", set()),
])
def test_phrasal_rejections_returns_and_rallies_against(extract, text, expected):
    assert dyads(extract(text)) == expected


# -- Rules checked on news-style articles written for no rule (issue #18, third round) --------

@pytest.mark.parametrize("text, expected", [
    # a dateline is a sentence of its own, so the story's first actors stay its subjects
    ("ACCRA (Reuters) - Ghana and Togo agreed on Monday to expand joint naval patrols.",
     {("Ghana", "AGREE", "Togo"), ("Togo", "AGREE", "Ghana")}),
    ("LOME, March 3 (AP) -- Togo and Benin signed a border treaty on Monday.",
     {("Togo", "SUPPORT", "Benin"), ("Benin", "SUPPORT", "Togo")}),
    ("NIAMEY (AFP) - Niger expelled two French diplomats.", {("Niger", "SANCTION", "France")}),
    # the dateline's place stays nobody; a hyphen inside words is no dateline (the talks
    # the two names joined before them name are theirs)
    ("ACCRA (Reuters) - Togo criticised Benin.", {("Togo", "DISAPPROVE", "Benin")}),
    ("Ghana-Togo talks resumed in Lome on Monday.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana")}),
])
def test_a_dateline_is_parsed_apart_from_its_story(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "a move that drew praise from Y": Y reacts to the clause the move sums up
    ("Ghana and Togo agreed to open the border, a move that drew praise from Nigeria.",
     {("Ghana", "AGREE", "Togo"), ("Togo", "AGREE", "Ghana"), ("Nigeria", "SUPPORT", "Ghana"),
      ("Nigeria", "SUPPORT", "Togo")}),
    ("Ghana expelled two diplomats on Monday, in a move that drew protests from Togo.",
     {("Togo", "PROTEST", "Ghana")}),
    ("Benin closed its embassy in Accra, a step that drew criticism from Ghana.",
     {("Benin", "SANCTION", "Ghana"), ("Ghana", "DISAPPROVE", "Benin")}),
    # controls: nobody named reacts; a move that drew nothing
    ("Ghana cut fuel prices, a decision that drew praise from unions.", set()),
    ("Ghana and Togo agreed to open the border, a move that surprised many.",
     {("Ghana", "AGREE", "Togo"), ("Togo", "AGREE", "Ghana")}),
])
def test_a_reaction_to_a_move_is_aimed_at_who_made_it(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # ", with Z doing ..." sets the scene; Z is no partner of the talks
    ("Ghana and Togo held talks in Lome on Friday, with Nigerian envoy Yusuf Tuggar shuttling "
     "between the two delegations.", {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana")}),
    ("Ghana held talks with Togo on Friday, with Nigeria acting as mediator.",
     {("Ghana", "CONSULT", "Togo")}),
    ("Benin and Niger met in Cotonou, with Togo watching closely.",
     {("Benin", "CONSULT", "Niger"), ("Niger", "CONSULT", "Benin")}),
    # controls: "with" right after the verb names the partner
    ("Ghana held talks with Togo on Friday.", {("Ghana", "CONSULT", "Togo")}),
    ("Ghana met with Togolese officials hiding in the embassy.", {("Ghana", "CONSULT", "Togo")}),
])
def test_with_and_a_clause_after_a_comma_is_no_partner(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "both countries": the pair named together, when the sentences since name others too
    ("Togo and Benin signed a border treaty. Nigeria urged both countries to respect it.",
     {("Togo", "SUPPORT", "Benin"), ("Benin", "SUPPORT", "Togo"), ("Nigeria", "DEMAND", "Togo"),
      ("Nigeria", "DEMAND", "Benin")}),
    ("Ghana, which is hosting talks between Togo and Benin, urged both sides to respect the "
     "truce.", {("Togo", "CONSULT", "Benin"), ("Benin", "CONSULT", "Togo"),
                ("Ghana", "CONSULT", "Togo"), ("Ghana", "CONSULT", "Benin"),
                ("Ghana", "DEMAND", "Togo"), ("Ghana", "DEMAND", "Benin")}),
    ("Togolese and Beninese delegations met in Accra. The talks were hosted by Ghana. The two "
     "sides agreed to reopen the border.",
     {("Togo", "CONSULT", "Benin"), ("Benin", "CONSULT", "Togo"), ("Togo", "AGREE", "Benin"),
      ("Benin", "AGREE", "Togo"), ("Ghana", "CONSULT", "Togo"), ("Ghana", "CONSULT", "Benin")}),
    # controls: a third named in the pair's own sentence leaves "both" unresolved
    ("Togo and Benin met Ghana. Nigeria urged both countries to respect the truce.",
     {("Togo", "CONSULT", "Ghana"), ("Benin", "CONSULT", "Ghana")}),
    # ... and so does a pair named too far back
    ("Togo and Benin signed a border treaty. Ghana criticised Niger. Niger accused Mali. Mali "
     "blamed Chad. Chad criticised Sudan and Libya. Nigeria urged both countries to respect it.",
     {("Togo", "SUPPORT", "Benin"), ("Benin", "SUPPORT", "Togo"), ("Ghana", "DISAPPROVE", "Niger"),
      ("Niger", "DISAPPROVE", "Mali"), ("Mali", "DISAPPROVE", "Chad"),
      ("Chad", "DISAPPROVE", "Sudan"), ("Chad", "DISAPPROVE", "Libya")}),
    # who acts on the plural is none of it, nor are the names of its own phrase
    ("Chad criticised Sudan. Nigeria urged both countries to talk.",
     {("Chad", "DISAPPROVE", "Sudan"), ("Nigeria", "DEMAND", "Chad"),
      ("Nigeria", "DEMAND", "Sudan")}),
    ("Ghana and Togo held talks in Accra. Nigerian President Bola Tinubu, whose traders fear "
     "Beninese reprisals, urged both sides to reach a compromise.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana"), ("Bola Tinubu", "DEMAND", "Ghana"),
      ("Bola Tinubu", "DEMAND", "Togo")}),
])
def test_both_countries_are_the_pair_named_together(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # whom one is urged to act for is not the one urged
    ("Ghana urged donors to send more food aid to Togo.", set()),
    ("Ghana urged Nigeria to send more food aid to Togo.", {("Ghana", "DEMAND", "Nigeria")}),
    ("Ghana called on its allies to deliver fuel to Togo.", set()),
    # controls: the one urged, named or referred to, is the target
    ("Ghana urged Togo to free the prisoners.", {("Ghana", "DEMAND", "Togo")}),
    ("Ghana demanded that Togo reopen the border.", {("Ghana", "DEMAND", "Togo")}),
])
def test_an_appeal_is_aimed_at_whom_it_asks(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a refusal with nobody to aim at answers the demand just made of the one refusing
    ("Ghana demanded that Togo retract its comments. Togo refused to withdraw them.",
     {("Ghana", "DEMAND", "Togo"), ("Togo", "REJECT", "Ghana")}),
    ("Ghana urged Togo to free the prisoners. Togo declined to release them.",
     {("Ghana", "DEMAND", "Togo"), ("Togo", "REJECT", "Ghana")}),
    ("Nigerian President Bola Tinubu met Ghana's John Mahama. Ghana demanded that Tinubu "
     "retract his remarks. Tinubu refused to withdraw them.",
     {("Bola Tinubu", "CONSULT", "John Mahama"), ("Ghana", "DEMAND", "Bola Tinubu"),
      ("Bola Tinubu", "REJECT", "Ghana")}),
    # controls: another actor declines; a refusal with no demand before it
    ("Ghana urged Togo to free the prisoners. Benin declined to release them.",
     {("Ghana", "DEMAND", "Togo")}),
    ("Togo refused to withdraw the remarks.", set()),
])
def test_a_refusal_answers_the_demand_before_it(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "X is expected/set/due/scheduled to visit Y": X's intent, though the parse is passive
    ("Emmanuel Macron is expected to visit Ghana in July.",
     {("Emmanuel Macron", "AGREE", "Ghana")}),
    ("Emmanuel Macron is set to visit Ghana in July.", {("Emmanuel Macron", "AGREE", "Ghana")}),
    ("Emmanuel Macron is due to travel to Ghana next week.",
     {("Emmanuel Macron", "AGREE", "Ghana")}),
    ("Emmanuel Macron is scheduled to meet Togo's president on Friday.",
     {("Emmanuel Macron", "AGREE", "Togo")}),
    # control: asked to visit by somebody unnamed is no intent of his
    ("Emmanuel Macron was asked to visit Ghana.", set()),
])
def test_a_visit_expected_or_scheduled_is_intended(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # whoever hosts or brokers talks or a truce between two sides mediates between them
    ("Ghana hosted talks between Togo and Benin.",
     {("Ghana", "CONSULT", "Togo"), ("Ghana", "CONSULT", "Benin"), ("Togo", "CONSULT", "Benin"),
      ("Benin", "CONSULT", "Togo")}),
    ("Togo and Benin held talks hosted by Ghana.",
     {("Ghana", "CONSULT", "Togo"), ("Ghana", "CONSULT", "Benin"), ("Togo", "CONSULT", "Benin"),
      ("Benin", "CONSULT", "Togo")}),
    ("Togo and Benin signed a Ghana-brokered truce.",
     {("Ghana", "CONSULT", "Togo"), ("Ghana", "CONSULT", "Benin"), ("Togo", "SUPPORT", "Benin"),
      ("Benin", "SUPPORT", "Togo")}),
    ("A truce brokered by Ghana between Togo and Benin collapsed.",
     {("Ghana", "CONSULT", "Togo"), ("Ghana", "CONSULT", "Benin")}),
    # "the talks, hosted by X": the sides of the talks reported before
    ("Togo and Benin held talks in Accra. The talks, hosted by Nigeria, lasted two hours.",
     {("Togo", "CONSULT", "Benin"), ("Benin", "CONSULT", "Togo"), ("Nigeria", "CONSULT", "Togo"),
      ("Nigeria", "CONSULT", "Benin")}),
    # ... also when one phrase named both sides ("Togolese and Beninese delegations")
    ("Togolese and Beninese delegations met in Accra on Friday. The talks, hosted by Nigeria, "
     "lasted two hours.",
     {("Togo", "CONSULT", "Benin"), ("Benin", "CONSULT", "Togo"), ("Nigeria", "CONSULT", "Togo"),
      ("Nigeria", "CONSULT", "Benin")}),
    # controls: a dinner or a plan has no sides to bring together; a summit names none; who
    # discusses a truce is not its party
    ("Ghana attended a dinner hosted by Togo.", set()),
    ("Ghana met Togo in Accra, where the two discussed a potential Nigeria-brokered ceasefire "
     "in Benin.", {("Ghana", "CONSULT", "Togo")}),
    ("Togo backed a plan brokered by Ghana.", set()),
    ("Ghana hosted a summit of West African leaders.", set()),
])
def test_hosting_or_brokering_talks_mediates_between_their_sides(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "their" makes an object shared only for what two sides do together
    ("Ghana and Togo restored their ties.",
     {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana")}),
    ("Ghana and Togo stepped up their cooperation.",
     {("Ghana", "COOPERATE", "Togo"), ("Togo", "COOPERATE", "Ghana")}),
    ("Ghana and Togo released their prisoners.", set()),
    ("Ghana and Togo cut their fuel subsidies.", set()),
    # "seized on the remarks", "welcome in the New Year": no seizure, no praise
    ("Emmanuel Macron seized on the remarks at a rally in Lyon.", set()),
    ("Emmanuel Macron will welcome in the New Year on French television.", set()),
])
def test_what_each_does_alone_is_no_act_between_them(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "condemned the strikes": aimed at who struck, as reported before
    ("Togolese warplanes struck rebel camps in northern Ghana on Monday. Ghanaian President "
     "John Mahama condemned the strikes.",
     {("Togo military", "FIGHT", "Ghana rebels"), ("John Mahama", "DISAPPROVE", "Togo military")}),
    ("Ghana cut diplomatic ties with Togo, accusing it of arming rebels. Togo rejected the "
     "accusations as baseless.",
     {("Ghana", "SANCTION", "Togo"), ("Ghana", "DISAPPROVE", "Togo"), ("Togo", "REJECT", "Ghana")}),
    ("The EU imposed new sanctions on Togo. Togo dismissed the sanctions as illegal. Benin called "
     "for an end to the sanctions.",
     {("EU", "SANCTION", "Togo"), ("Togo", "REJECT", "EU"), ("Benin", "DEMAND", "EU")}),
    # controls: a strike by dockers was no attack; talks have sides, not doers, and a third
    # party's welcome is of both sides; an act the reactor did itself
    ("Dockers went on strike in Lome. Togo condemned the strikes.", set()),
    ("Ghana and Togo held talks in Lome. Benin welcomed the talks.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana"), ("Benin", "SUPPORT", "Ghana"),
      ("Benin", "SUPPORT", "Togo")}),
    ("Ghana imposed sanctions on Togo. Ghana defended the sanctions.", {("Ghana", "SANCTION", "Togo")}),
])
def test_a_reaction_to_an_act_reported_before_is_aimed_at_its_doer(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the move", "the decision" or "the measures" judged refers back to the act reported
    # in its own sentence or the one before, and is aimed at whoever did it
    ("Ghana closed its border with Togo on Friday. Togo condemned the move.",
     {("Ghana", "SANCTION", "Togo"), ("Togo", "DISAPPROVE", "Ghana")}),
    ("Ghana expelled two Togolese diplomats on Friday. Lome called the decision unjustified.",
     {("Ghana", "SANCTION", "Togo"), ("Togo", "DISAPPROVE", "Ghana")}),
    ("Ghana lifted its sanctions on Togo. Togo welcomed the decision.",
     {("Ghana", "RETREAT", "Togo"), ("Togo", "SUPPORT", "Ghana")}),
    ("Ghana recognised Palestine as a state. Israel condemned the move.",
     {("Ghana", "SUPPORT", "Palestine"), ("Israel", "DISAPPROVE", "Ghana")}),
    ("Ghana closed its embassy in Togo, a step Togo called regrettable.",
     {("Ghana", "SANCTION", "Togo"), ("Togo", "DISAPPROVE", "Ghana")}),
    ("Ghana closed its border with Togo. Ghanaian police detained two traders on Monday. Togo "
     "regretted the decision to close the border.",
     {("Ghana", "SANCTION", "Togo"), ("Togo", "DISAPPROVE", "Ghana")}),
    # an act two sentences back is the move: a reaction or a quote comes between (this
    # control held it too far until session 9; on the fresh articles the two-sentence reach
    # found seven reactions right and one wrong, on the BBC corpus none either way)
    ("Ghana closed its border with Togo. Benin said talks would resume. Mali condemned the move.",
     {("Ghana", "SANCTION", "Togo"), ("Mali", "DISAPPROVE", "Ghana")}),
    # controls: an act three sentences back is too far; a decision named as another act's;
    # words said are no move; "the European decision" says whose it is; regret for a death;
    # one's own decision defended
    ("Ghana closed its border with Togo. Benin said talks would resume. Niger said it would "
     "wait. Mali condemned the move.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana closed its border with Togo. Togo regretted the decision to expel the envoys.",
     {("Ghana", "SANCTION", "Togo")}),
    ("Ghana urged Togo to free the traders. Benin criticised the move.",
     {("Ghana", "DEMAND", "Togo")}),
    ("Ghana imposed sanctions on Togo. Benin vowed to defend Togo. Mali welcomed the African "
     "decision.", {("Ghana", "SANCTION", "Togo"), ("Benin", "AGREE", "Togo")}),
    ("Togo regretted the death of Ghana's former president.", set()),
    ("Ghana closed its border with Togo. Ghana's president defended the decision.",
     {("Ghana", "SANCTION", "Togo")}),
])
def test_the_move_judged_is_the_act_just_reported(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a city struck stands for the state it lies in, whatever the model took its name for
    ("Russian forces shelled Kherson.", {("Russia military", "FIGHT", "Ukraine")}),
    ("Ukrainian drones attacked Belgorod.", {("Ukraine military", "FIGHT", "Russia")}),
    ("Russian drones struck energy facilities in the Kharkiv and Poltava regions.",
     {("Russia military", "FIGHT", "Ukraine")}),
    ("Boko Haram fighters attacked Maiduguri.", {("Boko Haram", "FIGHT", "Nigeria")}),
    # controls: a state's forces striking a city of their own keep the city; a region keeps
    # its node
    ("Russian troops stormed Grozny.", {("Russia military", "ASSAULT", "Grozny")}),
    ("Israeli jets bombed Gaza.", {("Israel military", "FIGHT", "Gaza")}),
])
def test_a_city_struck_stands_for_its_state(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a minister's warning that their own government will act is aimed at the condition's actor
    ("Wang Yi warned that Beijing would take firm countermeasures if Japan extended the duties.",
     {("Wang Yi", "THREATEN", "Japan")}),
    ("China warned that it would retaliate if Japan extended the duties.",
     {("China", "THREATEN", "Japan")}),
    ("Wang Yi demanded that Japan withdraw the duties.", {("Wang Yi", "DEMAND", "Japan")}),
    # a state and its own army are one side: no relation between them
    ("India and China held talks on Monday. The two neighbours have sought to mend ties since "
     "a deadly clash in 2020 killed 20 Indian soldiers.",
     {("India", "CONSULT", "China"), ("China", "CONSULT", "India"),
      ("China", "ASSAULT", "India military")}),
    # control: another state's army is another side
    ("Ghana condemned the Togolese army.", {("Ghana", "DISAPPROVE", "Togo military")}),
])
def test_a_speaker_and_their_own_state_are_one_side(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an act aimed at nobody named still has a doer a later reaction is aimed at
    ("Togolese forces struck a boat off the coast on Tuesday, killing 11 people. Ghana "
     "denounced the strike.", {("Ghana", "DISAPPROVE", "Togo military")}),
    # "her government", "its army" acting: the government or army of the pronoun's antecedent
    ("Mexico's President Claudia Sheinbaum said her government would cooperate with Washington "
     "on security.", {("Mexico", "AGREE", "United States")}),
    ("Nigerian President Bola Tinubu said his government would send aid to Niger.",
     {("Nigeria", "AGREE", "Niger")}),
    # "X, on a visit to Y, said ...": X visits Y, whatever X said there
    ("Marco Rubio, on a visit to Mexico, criticised Venezuela.",
     {("Marco Rubio", "CONSULT", "Mexico"), ("Marco Rubio", "DISAPPROVE", "Venezuela")}),
    ("Marco Rubio is on a three-day visit to India.", {("Marco Rubio", "CONSULT", "India")}),
    # "the leaders of X and Y": X and Y act
    ("The leaders of Armenia and Azerbaijan signed a joint declaration on Friday.",
     {("Armenia", "SUPPORT", "Azerbaijan"), ("Azerbaijan", "SUPPORT", "Armenia")}),
    ("The foreign ministers of Japan and South Korea met in Seoul.",
     {("Japan", "CONSULT", "South Korea"), ("South Korea", "CONSULT", "Japan")}),
    # controls: a visit by others (theirs, not Rubio's); the leaders of no state; one's own
    # envoy recalled
    ("Marco Rubio commented on a visit to Mexico by Chinese officials.",
     {("China", "CONSULT", "Mexico")}),
    ("The leaders of the opposition criticised Ghana.", set()),
    ("France recalled its envoy from Mali.", {("France", "SANCTION", "Mali")}),
])
def test_doers_named_by_pronouns_offices_and_visits(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "X did Y, a charge/claim/move Z denied": Z answers X, and X's act stays X's
    ("Togo accused Ghana of arming the rebels, an accusation Accra rejected.",
     {("Togo", "DISAPPROVE", "Ghana"), ("Ghana", "REJECT", "Togo")}),
    ("Togo accused Ghana of arming the rebels, a charge which Accra denied.",
     {("Togo", "DISAPPROVE", "Ghana"), ("Ghana", "REJECT", "Togo")}),
    ("Togo said Ghanaian troops had crossed the border, a claim that Accra dismissed.",
     {("Ghana", "REJECT", "Togo")}),
    ("Ghana struck a Togolese camp, a move Benin condemned.",
     {("Ghana", "FIGHT", "Togo"), ("Benin", "DISAPPROVE", "Ghana")}),
    ("Ghana arrested the Togolese envoy, a step Lome called illegal.",
     {("Ghana", "COERCE", "Togo"), ("Togo", "DISAPPROVE", "Ghana")}),
    # controls: the charge is the object, not a summary; nobody named answers it
    ("Togo denied the charge that it armed the rebels.", set()),
    ("Togo accused Ghana of arming the rebels, a charge first made in May.",
     {("Togo", "DISAPPROVE", "Ghana")}),
])
def test_a_charge_denied_in_a_relative_clause_answers_who_made_it(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # ", drawing criticism from Y": Y reacts to the clause's subject
    ("Togo struck a camp in Ghana on Tuesday, drawing condemnation from Benin.",
     {("Togo", "FIGHT", "Ghana"), ("Benin", "DISAPPROVE", "Togo")}),
    ("Togo closed its border with Ghana, drawing criticism from Benin.",
     {("Togo", "SANCTION", "Ghana"), ("Benin", "DISAPPROVE", "Togo")}),
    ("Niger expelled the French ambassador, drawing praise from Mali.",
     {("Niger", "SANCTION", "France"), ("Mali", "SUPPORT", "Niger")}),
    # controls: nobody named reacts; the drawer is the sentence's own subject
    ("Togo closed its border, drawing praise from its allies.", set()),
    ("Ghana's visit drew criticism from Togo.", {("Togo", "DISAPPROVE", "Ghana")}),
])
def test_a_participle_drawing_reactions_is_drawn_by_the_clause_subject(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # what is fired decides: rockets and shells fired into or at a place attack it
    ("Togo fired rockets into Ghana on Thursday.", {("Togo", "FIGHT", "Ghana")}),
    ("Togolese troops fired artillery shells across the border into Ghana.",
     {("Togo military", "FIGHT", "Ghana")}),
    ("Togo fired missiles at Ghanaian positions.", {("Togo", "FIGHT", "Ghana")}),
    # controls: firing an official is a dismissal; shots fired at nobody named are none
    ("Ghana's president fired his defence minister.", set()),
    ("Togo fired two rockets on Tuesday.", set()),
])
def test_firing_rockets_into_a_place_attacks_it(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "any attack": a possible act, which nobody did
    ("Ghana warned that any attack on Togo by Benin would be a grave mistake.", set()),
    ("Togo said any meeting between Ghana and Benin must wait.", set()),
    # a meeting proposed or sought between others was not held
    ("Togo proposed a meeting between Ghana's president and Benin's president.", set()),
    # controls: the attack and the meeting that happened
    ("The attack on Togo by Benin killed ten soldiers.", {("Benin", "FIGHT", "Togo")}),
    ("Togo hosted a meeting between Ghana's president and Benin's president.",
     {("Togo", "CONSULT", "Ghana"), ("Togo", "CONSULT", "Benin"), ("Ghana", "CONSULT", "Benin"),
      ("Benin", "CONSULT", "Ghana")}),
])
def test_an_act_named_with_any_or_only_proposed_was_not_done(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # what the accused are said to do is not who they are
    ("Ghana accused European traders of freeloading on Togolese ports.", set()),
    ("Togo accused the smugglers of arming Beninese rebels.", set()),
    # controls: the accused named; "a package of sanctions against X" is aimed at X
    ("Togo accused Ghanaian officials of smuggling arms.", {("Togo", "DISAPPROVE", "Ghana")}),
    ("The EU approved a package of sanctions against Russia.", {("EU", "SANCTION", "Russia")}),
    ("Togo condemned the leaders of Ghana.", {("Togo", "DISAPPROVE", "Ghana")}),
])
def test_names_inside_what_the_accused_did_are_not_the_accused(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # forces sent to a side's aid protect it (CAMEO 074), they do not threaten it
    ("Ghana deployed troops in support of the Togolese government.", {("Ghana", "AID", "Togo")}),
    ("Benin is to withdraw the troops it has deployed in support of the Togo rebels.",
     {("Benin", "AID", "Togo rebels")}),
    ("Nigeria deployed jets in support of the Ghanaian army.",
     {("Nigeria", "AID", "Ghana military")}),
    # controls: forces massed along a border are shown to the state across it
    ("Ghana deployed troops along its border with Togo.", {("Ghana", "MOBILIZE", "Togo")}),
    ("Togo deployed troops near the Ghanaian border.", {("Togo", "MOBILIZE", "Ghana")}),
])
def test_forces_deployed_in_support_of_a_side_protect_it(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural that is the subject acts itself: "the two" are the pair just named
    ("Ghana's president met Togo's leader on Monday, and the two discussed border trade.",
     {("Ghana", "CONSULT", "Togo")}),
    # a plural office noun is a group, never one of the office holders named before
    ("Ghanaian President John Mahama said the truce held, and European leaders threatened "
     "Togo with sanctions.", {("European leaders", "THREATEN", "Togo")}),
    # controls: who urges a plural is not among it; "the president" is the one named
    ("Ghana and Togo agreed to open the border. Nigerian President Bola Tinubu urged both "
     "countries to keep it open.", {("Ghana", "AGREE", "Togo"), ("Togo", "AGREE", "Ghana"),
                  ("Bola Tinubu", "DEMAND", "Ghana"), ("Bola Tinubu", "DEMAND", "Togo")}),
])
def test_a_plural_subject_is_the_pair_named_not_one_person(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # what is cut, lowered or reduced decides: tariffs eased are a concession (CAMEO 085)
    ("Ghana lowered its duties on Togolese goods.", {("Ghana", "RETREAT", "Togo")}),
    ("Ghana cut its tariffs on Togolese goods.", {("Ghana", "RETREAT", "Togo")}),
    ("Benin reduced its levies on Nigerian rice.", {("Benin", "RETREAT", "Nigeria")}),
    # controls: aid cut is a sanction; rates and flags are no act between actors
    ("Ghana cut aid to Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana cut interest rates.", set()),
    ("Togo lowered its flag at the embassy in Accra.", set()),
])
def test_cutting_or_lowering_tariffs_eases_them(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the talks were hosted by Z", as "the talks, hosted by Z": Z mediates between their sides
    ("Ghana and Togo held talks on Monday. The talks were hosted by Benin.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana"), ("Benin", "CONSULT", "Ghana"),
      ("Benin", "CONSULT", "Togo")}),
    ("The talks between Ghana and Togo were hosted by Benin.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana"), ("Benin", "CONSULT", "Ghana"),
      ("Benin", "CONSULT", "Togo")}),
    # controls: a summit has no sides named; a delegation hosted is a visit received
    ("The summit was hosted by Benin.", set()),
    ("The Togolese delegation was hosted by Ghana's president.", {("Ghana", "CONSULT", "Togo")}),
])
def test_talks_hosted_in_the_passive_are_mediated(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a proposal, a ruling or a warning that sums up the clause before it is answered there
    ("Ghana proposed a ceasefire, a plan Togo rejected.", {("Togo", "REJECT", "Ghana")}),
    ("The International Court of Justice ordered Togo to halt the vote, a ruling Lome ignored.",
     {("ICJ", "DEMAND", "Togo"), ("Togo", "REJECT", "ICJ")}),
    # ignoring what an actor asked defies that actor
    ("Togo ignored Ghana's warnings.", {("Togo", "REJECT", "Ghana")}),
    # controls: nobody named is answered; a court nobody named
    ("Togo ignored the ruling.", set()),
    ("The court ordered Togo to halt the vote, a ruling Lome ignored.", set()),
])
def test_a_proposal_or_ruling_answered_in_a_relative_clause(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an actor or its deed called terrible or appalling is condemned
    ("Trump told reporters that Spain was terrible.", {("Donald Trump", "DISAPPROVE", "Spain")}),
    ("Ghana called Togo's decision disgraceful.", {("Ghana", "DISAPPROVE", "Togo")}),
    # controls: a state of affairs, not an actor or a deed
    ("Ghana said the situation in Togo was terrible.", set()),
    ("The UN said conditions for Sudanese refugees were appalling.", set()),
])
def test_calling_an_actor_terrible_condemns_it(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # names right after a plural, with no comma, are its members
    ("Mali and its allies Burkina Faso and Niger recalled their envoys from Algeria.",
     {("Mali", "SANCTION", "Algeria"), ("Burkina Faso", "SANCTION", "Algeria"),
      ("Niger", "SANCTION", "Algeria")}),
    ("Togo's neighbours Benin and Ghana criticised Niger.",
     {("Benin", "DISAPPROVE", "Niger"), ("Ghana", "DISAPPROVE", "Niger")}),
    # designating a group a terrorist organisation condemns it
    ("The United States designated the Houthis a terrorist organisation.",
     {("United States", "DISAPPROVE", "Houthis")}),
    # controls: an example after a comma is one of the plural, not all of it; an accusation
    # about what nobody named did is aimed at nobody
    ("G7 nations, in particular the US, criticised Iran.", {("G7", "DISAPPROVE", "Iran")}),
    ("Nineteen drones entered Polish airspace. Russia dismissed the accusations as unfounded.",
     set()),
])
def test_members_named_beside_a_plural_act_with_it(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # withdrawing from a deal rejects it; from a contest, nothing between actors
    ("Russia pulled out of the arms control treaty with the United States.",
     {("Russia", "REJECT", "United States")}),
    ("Ghana withdrew from the tournament with Togo in protest.", set()),
    # control: troops withdrawn from a place
    ("Togo withdrew its troops from Ghana.", {("Togo", "RETREAT", "Ghana")}),
    # what is condemned as done "against X" is aimed at whoever did it, not at X
    ("Ghana condemned the reckless action against Togo.", set()),
    ("Israel condemned the resolution against it.", set()),
    # control: the doer named
    ("Ghana condemned Togo's action against Benin.", {("Ghana", "DISAPPROVE", "Togo")}),
])
def test_withdrawals_and_acts_against_a_victim(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # talks an agreement came "after", hosted or brokered by Z: Z mediated between its parties,
    # who talked to each other
    ("Ghana and Togo agreed to reopen the border after talks hosted by Benin.",
     {("Ghana", "AGREE", "Togo"), ("Togo", "AGREE", "Ghana"), ("Benin", "CONSULT", "Ghana"),
      ("Benin", "CONSULT", "Togo"), ("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana")}),
    ("Mali and Niger agreed to a truce after talks in Algiers mediated by Algeria.",
     {("Mali", "AGREE", "Niger"), ("Niger", "AGREE", "Mali"), ("Algeria", "CONSULT", "Mali"),
      ("Algeria", "CONSULT", "Niger"), ("Mali", "CONSULT", "Niger"),
      ("Niger", "CONSULT", "Mali")}),
    # "Z, who hosted the meeting": between both sides of the meeting reported
    ("Ghana's president met Togo's leader. Benin, which hosted the meeting, praised both.",
     {("Ghana", "CONSULT", "Togo"), ("Benin", "CONSULT", "Ghana"), ("Benin", "CONSULT", "Togo")}),
    # controls: the brokers of talks "between the three countries" are no sides of them
    ("Talks between the three countries, brokered by the African Union and the United States, "
     "collapsed last year.", set()),
    ("Togo criticised Ghana after talks in Lome.", {("Togo", "DISAPPROVE", "Ghana")}),
])
def test_talks_an_agreement_came_after_were_mediated_by_their_host(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # strikes carried out "in X": the place struck stands for its state, as for a verb
    ("Israel carried out air strikes in Syria.", {("Israel", "FIGHT", "Syria")}),
    ("Ghana, which has carried out dozens of air strikes in Togo since May, warned Lome.",
     {("Ghana", "FIGHT", "Togo"), ("Ghana", "THREATEN", "Togo")}),
    # controls: talks in a place are not with it; strikes in a region name nobody
    ("Israel held talks in Syria.", set()),
    ("The United States conducted air strikes in the region.", set()),
    # a hyphenated given name is one word of the name ("Jens-Frederik", not "Jens - Frederik")
    ("Greenland's prime minister, Jens-Frederik Nielsen, urged Washington to respect its people.",
     {("Jens-Frederik Nielsen", "DEMAND", "United States")}),
])
def test_strikes_in_a_state_and_hyphenated_given_names(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a body described by its owner, then named after a comma, is the one named
    ("Russia's closest ally, Belarus, criticised Poland.", {("Belarus", "DISAPPROVE", "Poland")}),
    # a person's party is a party nobody named, not the person
    ("Machar's party condemned the deployment and accused Uganda of breaking the deal.", set()),
    # an event noun that is the subject of "could" or "might" is only supposed
    ("Takaichi said a Chinese attack on Taiwan could justify a military response.", set()),
    ("A Russian strike on Kyiv might trigger a response.", set()),
    # controls: an attack that happened; a hyphenated doer; a name in brackets
    ("The Chinese attack on Taiwan killed ten soldiers.", {("China", "FIGHT", "Taiwan")}),
    ("An Egyptian-mediated ceasefire between Israel and Gaza took effect.",
     {("Egypt", "CONSULT", "Israel"), ("Israel", "RETREAT", "Gaza"), ("Gaza", "RETREAT", "Israel"),
      ("Egypt", "CONSULT", "Gaza")}),
])
def test_owners_apposed_names_and_supposed_attacks(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, name", [
    # a gazetteer name joined by a hyphen to a capitalised word is part of a longer name
    ("The SPLM-IO accused Uganda of meddling.", "Sudan People's Liberation Movement"),
])
def test_a_name_inside_a_hyphenated_name_is_not_that_actor(extract, text, name):
    named = {m.actor.name for r in extract(text)
             for m in (r.subject, r.object) if hasattr(m, "actor")}
    assert name not in named


def test_two_names_joined_by_a_hyphen_are_both_names(extract):
    # "China-UK": each part names an actor of its own
    named = {r.object.actor.id for r in extract("Mr Roe signed a deal on China-UK tourism.")
             if hasattr(r.object, "actor")}
    assert named == {"state:chn"}


@pytest.mark.parametrize("text, expected", [
    # a number without "the" counts new people, not the ones named before
    ("Donald Trump met Vladimir Putin. Ukraine and Poland then expelled two diplomats each.",
     {("Donald Trump", "CONSULT", "Vladimir Putin")}),
    # control: "the two" refers back
    ("Donald Trump met Vladimir Putin on Monday. The two leaders agreed to open talks.",
     {("Donald Trump", "CONSULT", "Vladimir Putin"), ("Donald Trump", "AGREE", "Vladimir Putin"),
      ("Vladimir Putin", "AGREE", "Donald Trump")}),
    # "called X's remarks reckless": naming, not a phone call
    ("The State Department called Petro's remarks reckless and incendiary.",
     {("United States", "DISAPPROVE", "Gustavo Petro")}),
    ("Ghana called Togo's president on Monday.", {("Ghana", "CONSULT", "Togo")}),
    # blocking a bid, talks or sanctions refuses them; protesters blocking a road are no act
    ("Ghana blocked Togo's bid to join the bloc.", {("Ghana", "REJECT", "Togo")}),
    ("Protesters blocked the road to the Togolese border.", set()),
])
def test_counted_plurals_naming_calls_and_blocked_bids(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # helping to do something is no aid to whoever is named in what was done
    ("Trump said Qatar's emir had helped secure Tehran's agreement.", set()),
    ("Ghana helped Togo.", {("Ghana", "AID", "Togo")}),
    # a base or a town handed over is given up, not given as aid
    ("France handed over its last military base in Chad to the Chadian army.",
     {("France", "RETREAT", "Chad military")}),
    ("Ghana handed over weapons to Togo.", {("Ghana", "AID", "Togo")}),
    # what a deed is condemned "as" names no target
    ("South Korea condemned the launch as a clear violation of U.N. Security Council "
     "resolutions.", set()),
    ("Ghana described Togo as a terrorist state.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("Togo dismissed the offer as a ploy to let Ghanaian troops regroup.", set()),
    ("Ghana dismissed Togo's claims as lies.", {("Ghana", "REJECT", "Togo")}),
    # ... but the owner of a deed it is called is judged
    ("Togo dismissed the pledge as proof of Ghana's militarisation.", {("Togo", "REJECT", "Ghana")}),
])
def test_help_with_an_act_handing_over_and_what_a_deed_is_called(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a past participle on a noun says what was done to it: the accusers are unnamed
    ("Ghana sanctioned Chinese traders accused of helping Togo.", {("Ghana", "SANCTION", "China")}),
    ("The measures target Chinese refineries accused of helping Moscow.", set()),
    # controls: forces moved are the mover's own; a participle with an object is active
    ("Russian troops deployed in Syria on Monday attacked rebels.",
     {("Russia military", "MOBILIZE", "Syria")}),
    # (undated, "troops deployed in Syria" say where the troops are: no deployment reported)
    ("Russian troops deployed in Syria attacked rebels.", set()),
    ("A truce brokered by Qatar between Israel and Hamas held.",
     {("Qatar", "CONSULT", "Israel"), ("Qatar", "CONSULT", "Hamas")}),
])
def test_a_past_participle_on_a_noun_is_done_to_it(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a trade, price or currency war is no fighting; a war is
    ("Ghana and Togo agreed to a truce in their trade war.",
     {("Ghana", "AGREE", "Togo"), ("Togo", "AGREE", "Ghana")}),
    ("The price war between Ghana and Togo hurt cocoa farmers.", set()),
    ("Ghana accused Togo of waging a currency war against it.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana and Togo fought a war in 1990.",
     {("Ghana", "FIGHT", "Togo"), ("Togo", "FIGHT", "Ghana")}),
    # who brokers between "the two countries" is not one of them: "which" is the broker
    ("Ghana and Togo signed a border accord on Monday. Nigeria said it would send observers. "
     "Benin, which brokered a ceasefire between the two countries in 2019, welcomed the deal.",
     {("Benin", "CONSULT", "Ghana"), ("Benin", "CONSULT", "Togo"), ("Ghana", "RETREAT", "Togo"),
      ("Togo", "RETREAT", "Ghana"), ("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana"),
      ("Benin", "SUPPORT", "Ghana"), ("Benin", "SUPPORT", "Togo")}),
    # a warning that only says what X is or will be aims at no X; one of what X will suffer does
    ("Ghana warned that Togo would be next.", set()),
    ("Ghana warned that Togo was a danger to the region.", set()),
    ("Ghana warned that Togo would pay a heavy price.", {("Ghana", "THREATEN", "Togo")}),
    ("Ghana warned Togo that it would retaliate.", {("Ghana", "THREATEN", "Togo")}),
    ("Ghana demanded that Togo remain neutral.", {("Ghana", "DEMAND", "Togo")}),
    # an owned bid or plan is its owner's: what it is to do is aimed at nobody the backer backs
    ("Benin backed its neighbour's bid to join ECOWAS.", set()),
    ("Ghana welcomed its neighbour's plan to send troops to Mali.", set()),
    ("Benin backed Togo's bid to join ECOWAS.", {("Benin", "SUPPORT", "Togo")}),
    ("Ghana rejected an offer to hold talks with Benin.", {("Ghana", "REJECT", "Benin")}),
    # a phrase on a verb of saying places what is said, not an act of the speaker's
    ("The Ghanaian army struck a camp in Togo, President John Mahama said, in the first strike "
     "of a campaign against Togolese smugglers.", {("Ghana military", "FIGHT", "Togo")}),
    ("Ghana travelled to Lome for talks with Togo.", {("Ghana", "CONSULT", "Togo")}),
])
def test_trade_wars_brokers_of_two_countries_forewarnings_owned_bids_and_reports(
        extract, text, expected):
    assert dyads(extract(text)) == expected


def test_an_object_restated_after_a_comma_is_no_light_verb_object(nlp):
    # As the small model hung an appositive in one article: "demand" a second object of
    # "resume", which would make "resume" the light verb of a demand by the clause's subject.
    from spacy.tokens import Doc

    from kg.extract.events import _restates_object

    words = ["Togo", "would", "resume", "imports", "of", "rice", ",", "a", "key", "demand", "of",
             "farmers", "."]
    heads = [2, 2, 2, 2, 3, 4, 2, 9, 9, 2, 9, 10, 2]
    deps = ["nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "punct", "det", "amod", "dobj",
            "prep", "pobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert _restates_object(doc[9])
    assert not _restates_object(doc[3])  # the first object is what is resumed
    # "Togo held talks with Ghana, the first since 2019": one object, no restatement
    doc = Doc(nlp.vocab, words=["Togo", "held", "talks", "with", "Ghana", "."],
              heads=[1, 1, 1, 2, 3, 1], deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"])
    assert not _restates_object(doc[2])


@pytest.mark.parametrize("text, expected", [
    # a continent's name after a compass word or "Latin" is a region, not the state or body
    # the gazetteer also gives the name to
    ("Ghana condemned South American cartels.",
     {("Ghana", "DISAPPROVE", "South American cartels")}),
    ("Ghana's president visited Latin America last week.", set()),
    ("Ghana urged North African states to help.", set()),
    # controls: part of a state is the state; names listed whole stay whole
    ("Ghana fought rebels in South Lebanon.", {("Ghana", "FIGHT", "Lebanon rebels")}),
    ("Ghana signed a deal with South Korea.", {("Ghana", "SUPPORT", "South Korea")}),
    ("Ghana thanked North Korean diplomats.", {("Ghana", "SUPPORT", "North Korea")}),
])
def test_a_continent_named_with_a_compass_word_is_a_region(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an infinitive after a phrase is still what a threat, vow or refusal governs
    ("Mahama, who had threatened in July to halt trade talks with Togo unless the fighting "
     "stopped, said he would now sign a deal with Togo.",
     {("John Mahama", "THREATEN", "Togo"), ("John Mahama", "AGREE", "Togo")}),
    ("Ghana vowed on Monday to retaliate against Togo.", {("Ghana", "THREATEN", "Togo")}),
    ("Ghana met Togo on Monday to discuss the border.", {("Ghana", "CONSULT", "Togo")}),
    # a plural with no number is the pair named together; a state in a person's title is no
    # third party beside them
    ("Ghana and Togo signed a truce on Sunday in a ceremony witnessed by Nigerian President "
     "Bola Tinubu, three months after the neighbours fought a border war.",
     {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana"), ("Ghana", "FIGHT", "Togo"),
      ("Togo", "FIGHT", "Ghana")}),
    ("Ghana and Togo met Nigerian President Bola Tinubu in Abuja. Both countries praised him.",
     {("Ghana", "CONSULT", "Bola Tinubu"), ("Togo", "CONSULT", "Bola Tinubu"),
      ("Ghana", "SUPPORT", "Bola Tinubu"), ("Togo", "SUPPORT", "Bola Tinubu"),
      ("Ghana", "CONSULT", "Nigeria"), ("Togo", "CONSULT", "Nigeria")}),  # in Abuja: visits
    # "provided X with aid": the light verb's object receives what its "with" names; money or
    # arms given as "support" are aid
    ("Ghana provided Togo with aid.", {("Ghana", "AID", "Togo")}),
    ("Ghana has long provided Togo with financial support, including a loan.",
     {("Ghana", "AID", "Togo")}),
    ("Ghana supplied Togo with arms.", {("Ghana", "AID", "Togo")}),
    ("Ghana provided financial support to Togo.", {("Ghana", "AID", "Togo")}),
    ("Ghana expressed support for Togo.", {("Ghana", "SUPPORT", "Togo")}),
    ("Ghana provided Togo with a chance to talk.", set()),
    ("Ghana threatened Togo with sanctions.", {("Ghana", "THREATEN", "Togo")}),
])
def test_infinitives_after_a_phrase_plurals_by_their_pair_and_aid_provided_with(
        extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "President A and Russian President B": the model hangs A as an apposition of its title
    # and the title on B; both people are the subject
    ("HELSINKI (AP) - President Donald Trump and Russian President Vladimir Putin met for two "
     "hours in Helsinki on Monday.",
     {("Donald Trump", "CONSULT", "Vladimir Putin"),
      ("Vladimir Putin", "CONSULT", "Donald Trump")}),
    ("President Donald Trump and Russian President Vladimir Putin met in Helsinki on Monday.",
     {("Donald Trump", "CONSULT", "Vladimir Putin"),
      ("Vladimir Putin", "CONSULT", "Donald Trump")}),
    ("President Emmanuel Macron and German Chancellor Friedrich Merz met in Paris on Tuesday.",
     {("Emmanuel Macron", "CONSULT", "Friedrich Merz"),
      ("Friedrich Merz", "CONSULT", "Emmanuel Macron"),
      ("Friedrich Merz", "CONSULT", "France")}),  # in Paris: Merz visited
    # some of a group is nobody in particular; a group owned by a state is the state's
    ("Mahama phoned Talon and several European leaders.", set()),
    ("Mahama phoned Talon and many Arab leaders.", set()),
    ("Ghana expelled several Togolese diplomats.", {("Ghana", "SANCTION", "Togo")}),
])
def test_titled_pairs_as_subjects_and_some_of_a_group(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a people's name the model tags as a person or a body, before "minority" or "fighters",
    # names nobody who acts; a group the gazetteer knows keeps its name
    ("Ghana said it was protecting the Druze minority.", set()),
    ("Government forces clashed with Druze fighters in the south. Ghana said it was "
     "protecting the Druze minority.", set()),
    ("Ghana condemned attacks by Wagner fighters in Mali.",
     {("Ghana", "DISAPPROVE", "Wagner Group")}),
])
def test_a_peoples_name_before_minority_or_fighters_is_no_person(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # whom a release would free is not whom the demand or the welcome is aimed at; captors the
    # phrase names are
    ("Benin demanded the release of Ghanaian prisoners.", set()),
    ("Benin called for the release of Ghanaian prisoners held by Togo.",
     {("Benin", "DEMAND", "Togo")}),
    ("Benin demanded the release of prisoners held by Togo.", {("Benin", "DEMAND", "Togo")}),
    ("Ghana welcomed the release of its soldiers by Togo.", {("Ghana", "SUPPORT", "Togo")}),
    ("Togo released Ghanaian prisoners.", {("Togo", "RETREAT", "Ghana")}),
    ("Benin demanded that Togo release the Ghanaian soldiers.", {("Benin", "DEMAND", "Togo")}),
    # a group named beside the noun acts, not a group of the state that owns the phrase
    ("Yemen's Houthi rebels detained UN staff.", {("Houthis", "COERCE", "UN")}),
    ("Lebanon's Hezbollah fighters attacked Israel.", {("Hezbollah", "FIGHT", "Israel")}),
    ("Hamas fighters attacked Israel.", {("Hamas", "FIGHT", "Israel")}),
])
def test_the_freed_are_no_target_and_a_named_group_beats_its_state(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a boycott by a state is a boycott (CAMEO 143), never the military strike a state's
    # "strike" is
    ("Togo boycotted the ECOWAS summit.", {("Togo", "PROTEST", "ECOWAS")}),
    ("Ghana's air force carried out a strike on Togo.", {("Ghana", "FIGHT", "Togo")}),
    ("Ghana launched strikes on Togo.", {("Ghana", "FIGHT", "Togo")}),
])
def test_a_boycott_is_no_military_strike(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "on Friday" after the verb is a date, not the one called on: the promise is the subject's
    ("Ghana agreed on Friday to withdraw its troops from Togo.", {("Ghana", "AGREE", "Togo")}),
    ("Ghana promised on Monday to send aid to Togo.", {("Ghana", "AGREE", "Togo")}),
    ("Togo pledged on Tuesday to free the Ghanaian traders.", {("Togo", "AGREE", "Ghana")}),
    # controls: "called on X to" asks X; "agreed on a plan" is still the subject's
    ("Ghana called on Togo to release the traders.", {("Ghana", "DEMAND", "Togo")}),
    ("Ghana agreed on a plan to withdraw its troops from Togo.", {("Ghana", "AGREE", "Togo")}),
])
def test_a_date_after_the_verb_is_nobody_called_on(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a deed called a positive step, historic or a milestone praises whoever did it
    ("Ghana lifted its sanctions on Togo. Benin called the move a positive step.",
     {("Ghana", "RETREAT", "Togo"), ("Benin", "SUPPORT", "Ghana")}),
    ("Togo called Ghana's decision a courageous step.", {("Togo", "SUPPORT", "Ghana")}),
    # "an act of war", "an act of aggression": what the deed is an act of condemns its doer
    ("Togo called Ghana's strikes an act of aggression.", {("Togo", "DISAPPROVE", "Ghana")}),
    ("Togo called Ghana's blockade a declaration of war.", {("Togo", "DISAPPROVE", "Ghana")}),
    # controls: "a victim of terrorism" is none; "it" called a step is the deed, whose doers
    # it praises, not an actor named before; a side praising its own agreement praises no
    # other side; the place a deed leads to ("a step toward a peaceful Ghana") is no target
    ("Ghana called Togo a victim of terrorism.", set()),
    ("Ghana and Togo signed a border declaration. The EU welcomed the declaration, and its "
     "foreign policy chief Kaja Kallas called it a historic step.",
     {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana"),
      ("Kaja Kallas", "SUPPORT", "Ghana"), ("Kaja Kallas", "SUPPORT", "Togo")}),
    ("Ghana and Togo signed a peace agreement. Togo's president called the agreement a "
     "milestone.", {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana")}),
    ("President John Mahama welcomed the announcement as an important step toward a peaceful "
     "Ghana.", set()),
])
def test_what_a_deed_is_called_judges_its_doer(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "rallied behind X" stands up for X; a complaint about X's acts criticises X
    ("Ghana rallied behind Togo after the attack.", {("Ghana", "SUPPORT", "Togo")}),
    ("Togo complained about Ghanaian air strikes on rebel bases.",
     {("Togo", "DISAPPROVE", "Ghana")}),
    ("Togo complained about Ghana's blockade of the port.", {("Togo", "DISAPPROVE", "Ghana")}),
    # controls: a rally against X is a protest; a complaint about the weather aims at nobody,
    # and one made to a body is addressed to it
    ("Togo complained to the United Nations.", set()),
    ("Togolese opposition supporters rallied against Ghana's president in Lome.",
     {("Togo civilians", "PROTEST", "Ghana")}),
    ("Togo's president complained about the weather in Accra.", set()),
])
def test_rallying_behind_and_complaining_about(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "a White House meeting between X and Y": the two met; the name before is the host
    ("A White House meeting between Donald Trump and John Mahama ended without a deal.",
     {("Donald Trump", "CONSULT", "John Mahama"), ("John Mahama", "CONSULT", "Donald Trump")}),
    # "Secretary of State" is a title, no body named State; "them" after "the ministers of
    # both countries" is those ministers
    ("Ghana and Togo met in Accra. U.S. Secretary of State Marco Rubio spoke with the foreign "
     "ministers of both countries and urged them to keep talking.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana"),
      ("Marco Rubio", "CONSULT", "Ghana"), ("Marco Rubio", "CONSULT", "Togo"),
      ("Marco Rubio", "DEMAND", "Ghana"), ("Marco Rubio", "DEMAND", "Togo")}),
    # control: a host that is a side of its own meeting
    ("Ghanaian talks with Togo resumed on Monday.", {("Ghana", "CONSULT", "Togo")}),
])
def test_sides_of_a_meeting_and_a_title_named_after_a_state_body(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # leaving or quitting a bloc or a court reduces relations with it; no forces withdrew
    ("Mali withdrew from ECOWAS in January.", {("Mali", "SANCTION", "ECOWAS")}),
    ("Mali quit ECOWAS in January.", {("Mali", "SANCTION", "ECOWAS")}),
    ("The Philippines withdrew from the International Criminal Court in 2019.",
     {("Philippines", "SANCTION", "ICC")}),
    # controls: troops withdrawn retreat, and so does a state pulled out of a bloc, from
    # the bloc; a city left by a leader, a post quit, are no acts
    ("Ghana withdrew its troops from Togo.", {("Ghana", "RETREAT", "Togo")}),
    ("Ghana's president threatened to pull Ghana out of ECOWAS.",
     {("Ghana", "THREATEN", "ECOWAS")}),
    ("Macron left Brussels on Friday.", set()),
    ("The minister quit the government.", set()),
])
def test_leaving_a_bloc_reduces_relations_with_it(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # what a negated "mean" or "signal" governs did not happen
    ("The visit did not mean that Ghana recognised Togo's government.", set()),
    ("The talks do not signal that Ghana will lift its sanctions on Togo.", set()),
    # what nobody in particular says was not said
    ("Until somebody says they are willing to leave ECOWAS, Ghana cannot negotiate.", set()),
    ("Nobody says Ghana will attack Togo.", set()),
    # controls: affirmed, it did; said by a state, it is the state's intent
    ("The visit meant that Ghana recognised Togo's government.", {("Ghana", "SUPPORT", "Togo")}),
    ("Ghana says it will attack Togo.", {("Ghana", "THREATEN", "Togo")}),
])
def test_a_clause_a_negated_mean_governs_did_not_happen(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a person's relative named in apposition acts, not the person
    ("Former Ghanaian President Jerry Mahama met Togo's president. Mahama's daughter, Vice "
     "President Jane Mahama, met Benin's president on Monday.",
     {("Jerry Mahama", "CONSULT", "Togo"), ("Jane Mahama", "CONSULT", "Benin")}),
    ("Mahama's son met Benin's president on Monday.", set()),
    # "Brussels" after Belgium alone is Belgium; on its own it is the EU, "in Brussels" a place
    ("Belgium expelled Rwanda's ambassador on Monday, and Kigali accused Brussels of bias.",
     {("Belgium", "SANCTION", "Rwanda"), ("Rwanda", "DISAPPROVE", "Belgium")}),
    ("Rwanda accused Brussels of bias.", {("Rwanda", "DISAPPROVE", "EU")}),
    ("The EU and Belgium met. Rwanda accused Brussels of bias.",
     {("Belgium", "CONSULT", "EU"), ("EU", "CONSULT", "Belgium"), ("Rwanda", "DISAPPROVE", "EU")}),
])
def test_relatives_and_a_seat_shared_by_a_state_and_a_bloc(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "called for X to withdraw" asks X; what a "for X to" clause asks for was not done
    ("Ghana called for Togo to withdraw its troops from the border.",
     {("Ghana", "DEMAND", "Togo")}),
    ("UKIP renewed its call for the UK to impose sanctions on Iran.", set()),
    ("It is time for Ghana to lift its sanctions on Togo.", set()),
    # controls: "called for" a thing; a call made to a state is a phone call
    ("Ghana called for sanctions on Togo.", {("Ghana", "DEMAND", "Togo")}),
    ("Ghana's president called Togo's leader on Monday.", {("Ghana", "CONSULT", "Togo")}),
])
def test_a_call_for_x_to_act_asks_x_and_does_not_report_the_act(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "regards X as a partner" praises X, "views X as an aggressor" condemns X
    ("Ghana regards Togo as a trusted partner.", {("Ghana", "SUPPORT", "Togo")}),
    ("Ghana views Togo as an aggressor.", {("Ghana", "DISAPPROVE", "Togo")}),
    # control: what is viewed otherwise judges nobody
    ("Ghana views Togo as a transit country for cocoa.", set()),
])
def test_what_x_is_regarded_as_judges_x(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "Ramaphosa's office" is the presidency: the state he heads
    ("South African President Cyril Ramaphosa's office criticised Togo.",
     {("South Africa", "DISAPPROVE", "Togo")}),
    # "called the expulsion regrettable", parsed as one noun, still judges who expelled
    ("Ghana expelled Togo's ambassador. Togo called the expulsion regrettable.",
     {("Ghana", "SANCTION", "Togo"), ("Togo", "DISAPPROVE", "Ghana")}),
    # what a leader says his own state should do demands nothing of another
    ("Donald Trump said the United States should take over the port.", set()),
    # controls: the leader himself; another state told what it should do
    ("Cyril Ramaphosa criticised Togo.", {("Cyril Ramaphosa", "DISAPPROVE", "Togo")}),
    ("Donald Trump said Togo should take over the port.", {("Donald Trump", "DEMAND", "Togo")}),
])
def test_a_leaders_office_and_own_state(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "retaliated with tariffs on X's goods": the answer is the act
    ("Ghana retaliated with tariffs of up to 15% on Togolese farm products.",
     {("Ghana", "SANCTION", "Togo")}),
    ("Ghana responded with sanctions on Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Togo hit back with tariffs on Ghanaian cocoa.", {("Togo", "SANCTION", "Ghana")}),
    # controls: a feeling is no act; "hit X with tariffs" is the verb's own act, once
    ("Togo reacted with anger to the decision.", set()),
    ("Ghana hit Togo with tariffs on cocoa.", {("Ghana", "SANCTION", "Togo")}),
    # a Japanese title ending in a body's name names no body
    ("Chief Cabinet Secretary Yoshimasa Hayashi criticised North Korea.",
     {("Yoshimasa Hayashi", "DISAPPROVE", "North Korea")}),
])
def test_an_act_answered_with(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "X and Y agreed to an exchange of X's hostages": the two agreed with each other
    ("Israel and Hamas agreed on Wednesday to a ceasefire in Gaza and an exchange of Israeli "
     "hostages for Palestinian prisoners.",
     {("Israel", "AGREE", "Hamas"), ("Hamas", "AGREE", "Israel")}),
    # force that drives an armed side out attacks it; vowed, it threatens
    ("The Sudanese army drove the RSF out of the town.",
     {("Sudan military", "FIGHT", "Rapid Support Forces")}),
    ("Sudan's army chief vowed to drive the RSF out of the capital.",
     {("Sudan", "THREATEN", "Rapid Support Forces")}),
    # strikes a state carried out "in X" are attacks on X; workers' strikes are no attack
    ("Israel has carried out hundreds of strikes in Syria.", {("Israel", "FIGHT", "Syria")}),
    ("Dock workers staged strikes in France.", set()),
    # controls: a person of one of them, rebels of a third state, are targets
    ("Raila Odinga spoke in Nairobi. Kenya and Uganda criticized his policies.",
     {("Kenya", "DISAPPROVE", "Raila Odinga"), ("Uganda", "DISAPPROVE", "Raila Odinga")}),
    ("Ghana and Togo condemned Beninese rebels.",
     {("Ghana", "DISAPPROVE", "Benin rebels"), ("Togo", "DISAPPROVE", "Benin rebels")}),
])
def test_sides_of_a_deal_and_force(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname the model took for a place, or wrote without its Arabic article, is the
    # person named in full before
    ("RSF leader Mohamed Hamdan Dagalo rejected the talks. The United States has imposed "
     "sanctions on Dagalo.", {("United States", "SANCTION", "Mohamed Hamdan Dagalo")}),
    ("French President Emmanuel Macron received Syria's interim President Ahmed al-Sharaa on "
     "Wednesday. Sharaa thanked France for its support and called on Israel to stop its strikes.",
     {("Emmanuel Macron", "CONSULT", "Ahmed al-Sharaa"), ("Ahmed al-Sharaa", "SUPPORT", "France"),
      ("Ahmed al-Sharaa", "DEMAND", "Israel")}),
])
def test_a_surname_written_otherwise_is_the_person_named(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "welcomed X to <place>" receives a visitor; messages exchanged are consultation
    ("Orban welcomed Netanyahu to Budapest on Thursday.",
     {("Viktor Orban", "CONSULT", "Benjamin Netanyahu")}),
    ("Ghana and Togo exchanged messages on Monday.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana")}),
    # an order or a bill signed is no agreement with anybody; what it orders may be an act
    ("Trump signed an order imposing a 25% tariff on Indian goods.",
     {("Donald Trump", "SANCTION", "India")}),
    # controls: a decision welcomed is praised; an agreement signed is one
    ("Ghana welcomed Togo's decision.", {("Ghana", "SUPPORT", "Togo")}),
    ("Ghana signed a framework agreement with Togo.", {("Ghana", "SUPPORT", "Togo")}),
])
def test_a_visitor_welcomed_messages_exchanged_and_orders_signed(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # craft that fly or sail somewhere make no visit; a "shift in policy" others condemn is
    # the shift's doer's; a deed called performative is condemned
    ("A Chinese J-15 fighter flew within 45 metres of a Japanese patrol plane.", set()),
    ("Russian jets flew over Estonia on Friday.", set()),
    ("Britain recognised Palestine, a shift in policy that Israel condemned as a reward for "
     "terrorism.", {("United Kingdom", "SUPPORT", "Palestine"),
                    ("Israel", "DISAPPROVE", "United Kingdom")}),
    ("Ghana imposed sanctions on Togo. Benin called the sanctions performative.",
     {("Ghana", "SANCTION", "Togo"), ("Benin", "DISAPPROVE", "Ghana")}),
    # control: a president who flies somewhere visits
    ("The Chinese president flew to the Philippines on Monday.",
     {("China", "CONSULT", "Philippines")}),
])
def test_craft_make_no_visits_and_a_shift_is_a_step(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a meeting or visit in a phrase of time is the clause subject's: "after meeting X",
    # "after talks with X", "during his visit to X", "on his state visit to X"
    ("After meeting Togo's President Faure Gnassingbe, Ghana's President John Mahama said "
     "trade would grow.", {("John Mahama", "CONSULT", "Faure Gnassingbe")}),
    ("Ghana's President John Mahama said after talks with Togo's President Faure Gnassingbe "
     "that trade would grow.", {("John Mahama", "CONSULT", "Faure Gnassingbe")}),
    ("Ghana's President John Mahama said during a visit to Togo that trade would grow.",
     {("John Mahama", "CONSULT", "Togo")}),
    ("Ghana's President John Mahama, on his first state visit to Togo, praised Benin.",
     {("John Mahama", "CONSULT", "Togo"), ("John Mahama", "SUPPORT", "Benin")}),
    ("Ghana's President John Mahama was praised after meeting Togo's President Faure "
     "Gnassingbe.", {("John Mahama", "CONSULT", "Faure Gnassingbe")}),
    # "before meeting X": as done, or as meant, as the act it came before
    ("Before meeting Togo's President Faure Gnassingbe, Ghana's President John Mahama said "
     "trade would grow.", {("John Mahama", "CONSULT", "Faure Gnassingbe")}),
    ("Ghana's President John Mahama will visit Benin before meeting Togo's President Faure "
     "Gnassingbe.", {("John Mahama", "AGREE", "Benin"),
                     ("John Mahama", "AGREE", "Faure Gnassingbe")}),
    # controls: talks of others, a visit by another (theirs, not Ghana's), an attack
    ("After talks between Togo and Benin, Ghana's foreign ministry said the border would "
     "reopen.", {("Togo", "CONSULT", "Benin"), ("Benin", "CONSULT", "Togo")}),
    ("After an attack on Togo, Ghana's foreign ministry said the border would close.", set()),
    ("Following the visit to Togo by Benin's President Patrice Talon, Ghana said the border "
     "would reopen.", {("Patrice Talon", "CONSULT", "Togo")}),
])
def test_a_meeting_in_a_phrase_of_time_is_the_subjects(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the firms a state accuses of arming X are who is accused; X suffered the deed
    ("Ghana imposed sanctions on two companies it accuses of supplying weapons to Togo.",
     set()),
    ("The firms Ghana blames for arming Togo were sanctioned.", set()),
    # forces promised against X, to curb X's attacks, are no deal with X
    ("Ghana pledged to deploy 500 soldiers along the border to curb attacks by the Islamic "
     "State group.", set()),
    # a purpose is as meant as the act it is the purpose of
    ("Ghana pledged to send troops to Togo to fight the Islamic State group.",
     {("Ghana", "AGREE", "Togo"), ("Ghana", "THREATEN", "Islamic State")}),
    # controls: the accused named, an apology for one's own deed, forces promised to protect X
    ("Ghana accused Togo of supplying weapons to Benin.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana apologised for attacking Togo.", {("Ghana", "SUPPORT", "Togo")}),
    ("Ghana promised to deploy troops to protect Togo.", {("Ghana", "AGREE", "Togo")}),
])
def test_the_deed_judged_and_the_purpose_of_forces_promised(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a police or border post is a place held by a force, not a post online
    ("Islamic State fighters attacked a police post in Ghana's north on Monday.",
     {("Islamic State", "FIGHT", "Ghana")}),
    ("Boko Haram attacked a border post in Niger.", {("Boko Haram", "FIGHT", "Niger")}),
    # the ambassadors of several states, summoned, are their states'
    ("Ghana summoned the ambassadors of Togo, Benin and Nigeria in protest.",
     {("Ghana", "DISAPPROVE", "Togo"), ("Ghana", "DISAPPROVE", "Benin"),
      ("Ghana", "DISAPPROVE", "Nigeria")}),
    # a group named in its own phrase is what "which" stands for
    ("The al Shabaab militant group, which has killed dozens of Kenyan soldiers, is growing.",
     {("al-Shabaab", "ASSAULT", "Kenya military")}),
    # a name read as two people side by side is one person's
    ("Somalia's President Hassan Sheikh Mohamud met Kenya's President William Ruto.",
     {("Hassan Sheikh Mohamud", "CONSULT", "William Ruto")}),
    # controls: a social media post answered; "the accused" left unnamed
    ("Ghana hit back at Togo's social media post.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana accused the president of hiding Togo's losses.", set()),
])
def test_posts_held_ambassadors_of_several_and_names_in_one_phrase(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a second verb of words the parser hangs inside what was said is the speaker's: a thing
    # said of does not urge, and a clause in another tense did not accuse
    ("Britain and France said the step was insufficient and urged Iran to account for the "
     "stockpile.", {("United Kingdom", "DEMAND", "Iran"), ("France", "DEMAND", "Iran")}),
    ("Ghana's defence minister, Kwame Boateng, said the soldiers had entered Ghanaian territory "
     "illegally and accused Togo of failing to control armed groups.",
     {("Kwame Boateng", "DISAPPROVE", "Togo")}),
    # controls: the speaker's own "it"; a deed in the clause's own tense
    ("Ghana said it was ready and urged Togo to join.", {("Ghana", "DEMAND", "Togo")}),
    ("Ghana said Togo had attacked Benin and killed 12 soldiers.", {("Togo", "FIGHT", "Benin")}),
])
def test_a_second_verb_of_words_after_what_was_said_is_the_speakers(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "her Togolese counterpart, Robert Dussey": the person named
    ("Ghana's foreign minister Samuel Ablakwa spoke by phone with his Togolese counterpart, "
     "Robert Dussey.", {("Samuel Ablakwa", "CONSULT", "Robert Dussey")}),
    # "the only leader to have met X", "the first president to visit X": done, by the subject
    ("Ghana's President John Mahama is the only West African leader to have met Togo's "
     "President Faure Gnassingbe since the coup.",
     {("John Mahama", "CONSULT", "Faure Gnassingbe")}),
    ("Mahama became the first Ghanaian president to visit Benin.",
     {("John Mahama", "CONSULT", "Benin")}),
    # "two days of talks with X" after which one acted: the talks happened
    ("Ghana's President John Mahama said, after two days of talks with Togo's President Faure "
     "Gnassingbe, that the border would reopen.", {("John Mahama", "CONSULT", "Faure Gnassingbe")}),
    # trade barriers laid on a state are sanctions
    ("China imposed trade barriers on Australia in 2020.", {("China", "SANCTION", "Australia")}),
    # what a state and another should do, said by one of them, is no demand
    ("Togo's President Faure Gnassingbe met Ghana's President John Mahama. Gnassingbe said the "
     "two countries should manage their differences.",
     {("Faure Gnassingbe", "CONSULT", "John Mahama")}),
    # a disease or a weapon model is no actor
    ("Ghana called for an inquiry into the origins of COVID-19.", set()),
    # controls: a counterpart named by state alone; a plan to attack; an offer to host
    ("Ghana's foreign minister met her Togolese counterpart on Monday.",
     {("Ghana", "CONSULT", "Togo")}),
    ("Ghana announced a plan to attack Togo.", set()),
    ("Ghana's president said Togo must withdraw its troops.", {("Ghana", "DEMAND", "Togo")}),
])
def test_counterparts_named_firsts_and_shared_aims(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "a U.S.-proposed truce": the abbreviation is a word of its own, and a doer
    ("Ghana on Monday rejected a U.S.-proposed truce.", {("Ghana", "REJECT", "United States")}),
    # "retaliated by attacking X", "a day after speaking with X": the clause subject's acts
    ("Togolese forces retaliated by attacking Ghanaian border posts.",
     {("Togo military", "FIGHT", "Ghana")}),
    ("Ghana's President John Mahama said on Friday, a day after speaking with Togo's President "
     "Faure Gnassingbe, that talks would continue.",
     {("John Mahama", "CONSULT", "Faure Gnassingbe")}),
    # an attack named as the subject of a verb of no entry struck what the verb's object or
    # place names
    ("Ghanaian air strikes hit targets in Lome last week.", {("Ghana", "FIGHT", "Togo")}),
    # "X accuses Y of sheltering militants who staged attacks, a charge Y denies": the charge
    # is X's, however deep the clause it follows
    ("Ghana accuses Togo of sheltering rebels who have staged attacks inside Ghana, a charge "
     "Togo denies.", {("Ghana", "DISAPPROVE", "Togo"), ("Togo", "REJECT", "Ghana")}),
    # tariffs dropped, scrapped or raised
    ("Ghana will drop most of its retaliatory tariffs on Togolese goods.",
     {("Ghana", "AGREE", "Togo")}),
    ("Ghana scrapped its ban on Togolese imports.", {("Ghana", "CONCEDE", "Togo")}),
    ("Ghana raised tariffs on Togolese goods to 35% on Monday.",
     {("Ghana", "SANCTION", "Togo")}),
    # "according to X" says who says so, never whom the act was aimed at
    ("Rebels attacked the camp on Monday, according to Togo's government.", set()),
    # controls: charges or a bid dropped, an issue raised, a refusal to respond by force
    ("Ghana dropped charges against Togo's ambassador.", set()),
    ("Togo's champion dropped out of the race in Ghana.", set()),
    ("Ghana raised the issue with Togo.", set()),
    ("Ghana did not respond by attacking Togo.", set()),
])
def test_doers_beside_hyphens_and_means_and_tariffs_raised_or_dropped(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a second verb the parser hangs inside what was said is the speaker's, with the
    # speaker's own negation, not that of what was said
    ("Togo imposed sanctions on Ghana. Ghana's President John Mahama said Ghana would not be "
     "intimidated and vowed to respond after returning from Lome.",
     {("Togo", "SANCTION", "Ghana")}),
    # a response vowed or promised, by one who warns that their side would respond, is aimed
    # at nobody named, and no move that a later "the decision" refers to: that is the
    # sanctions two sentences back (since session 9, when "the decision" reaches that far)
    ("Togo imposed sanctions on Ghana. Ghana's foreign minister Samuel Ablakwa said the "
     "sanctions would hurt Togo more than Ghana and promised a response. Benin welcomed the "
     "decision.", {("Togo", "SANCTION", "Ghana"), ("Benin", "SUPPORT", "Togo")}),
    ("Spokesman Kofi Mensah said Ghana had never armed the rebels and warned that Accra would "
     "respond to any hostile step.", set()),
    # what the speaker's own body would do is its own warning: "Kallas warned that the EU ..."
    ("EU foreign policy chief Kaja Kallas met Serbia's president. Kallas warned that the EU "
     "could suspend funds to whichever side blocked progress.",
     {("Kaja Kallas", "CONSULT", "Serbia")}),
    # a plan to act against X, opposed or backed, is no stance on X; a plan to deal with X is
    ("Ghana rejected a plan to impose sanctions on Togo.", set()),
    ("Ghana backed a plan to impose sanctions on Togo.", set()),
    ("Ghana opposed a plan to phase out Togolese gas imports by 2027.", set()),
    ("Ghana rejected an offer to hold talks with Togo.", {("Ghana", "REJECT", "Togo")}),
    ("Ghana backed a plan to send aid to Togo.", {("Ghana", "SUPPORT", "Togo")}),
    # coming back from a place is no act on it
    ("Ghana's president returned from Togo on Monday.", set()),
])
def test_own_sides_promised_responses_and_plans_against_others(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the militant group", "the movement": the one armed group the story named
    ("Togo tasked the army with a plan to disarm the Islamic State group, a move the militant "
     "group rejected.", {("Islamic State", "REJECT", "Togo")}),
    # a conjunct with its own auxiliary has its own negation
    ("Ghana will not meet Togo and will sign a deal with Benin.",
     {("Ghana", "REJECT", "Togo"), ("Ghana", "AGREE", "Benin")}),
    ("The Islamic State group is not a party to the deal and is negotiating separately with "
     "Ghana.", {("Islamic State", "CONSULT", "Ghana")}),
    # a second act named beside the first stands where the first does
    ("Ghana imposed sanctions and travel bans on Togo.", {("Ghana", "SANCTION", "Togo")}),
    # moving against a group; shuttling between two capitals visits both
    ("Ghana will move against the Islamic State group.", {("Ghana", "THREATEN", "Islamic State")}),
    ("The U.S. envoy has been shuttling between Accra and Lome.",
     {("United States", "CONSULT", "Ghana"), ("United States", "CONSULT", "Togo")}),
    # who hosted the ceremony where a deal was signed mediated between its sides
    ("The foreign ministers of Ghana and Togo signed a peace agreement in Washington on Friday. "
     "Secretary of State Marco Rubio, who hosted the ceremony, called the deal an important "
     "moment.", {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana"),
                 ("Marco Rubio", "CONSULT", "Ghana"), ("Marco Rubio", "CONSULT", "Togo")}),
    # controls: a negation shared by a conjunct with none of its own; a ceremony of no deal;
    # two armed groups named, so that "the group" is neither
    ("Ghana did not meet Togo or call Benin.", set()),
    ("Ghana hosted a wreath-laying ceremony on Monday.", set()),
    ("Hamas and Islamic Jihad fired rockets at Israel. The group said it would continue.",
     {("Hamas", "FIGHT", "Israel"), ("Palestinian Islamic Jihad", "FIGHT", "Israel")}),
])
def test_the_group_named_own_negations_and_acts_named_beside(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "Moscow's envoy" is no Kremlin spokesman named in the story: an office described is
    # held by a person named with the same title only
    ("Kremlin spokesman Dmitry Peskov spoke on Monday. Azerbaijan summoned Moscow's envoy.",
     {("Azerbaijan", "DISAPPROVE", "Russia")}),
    # remarks or an arrest protested are criticised; a protest against a deal is dissent
    ("China summoned Japan's ambassador to protest remarks by Prime Minister Sanae Takaichi.",
     {("China", "DISAPPROVE", "Japan"), ("China", "DISAPPROVE", "Sanae Takaichi")}),
    ("Thousands of Armenians protested in Yerevan against the border deal with Azerbaijan.",
     {("Armenia", "PROTEST", "Azerbaijan")}),
    # joint events or flights cancelled reduce relations
    ("Azerbaijan cancelled all cultural events with Russia on Sunday.",
     {("Azerbaijan", "SANCTION", "Russia")}),
    # words said are no doer of a second verb of words
    ("Prime Minister Sanae Takaichi spoke on Monday. Vice Foreign Minister Sun Weidong told "
     "Japan's ambassador that Takaichi's comments were dangerous and demanded that she "
     "retract them.", {("Sun Weidong", "DISAPPROVE", "Sanae Takaichi"),
                       ("Sun Weidong", "DEMAND", "Sanae Takaichi")}),
    # detentions condemned and a release demanded answer whoever detained; a release
    # welcomed, whoever freed
    ("Ghana detained two Togolese fishermen. Togo called the detentions unfriendly and "
     "demanded their release.", {("Ghana", "COERCE", "Togo civilians"),
                                 ("Togo", "DISAPPROVE", "Ghana"), ("Togo", "DEMAND", "Ghana")}),
    ("Ghana released two Togolese fishermen. Togo welcomed their release.",
     {("Ghana", "RETREAT", "Togo civilians"), ("Togo", "SUPPORT", "Ghana")}),
    # "the AU Commission chairman, Mahmoud Ali Youssouf": the chairman named
    ("Ethiopia and Eritrea traded accusations on Monday. The African Union Commission "
     "chairman, Mahmoud Ali Youssouf, urged the two neighbours to exercise restraint.",
     {("Ethiopia", "DISAPPROVE", "Eritrea"), ("Eritrea", "DISAPPROVE", "Ethiopia"),
      ("Mahmoud Ali Youssouf", "DEMAND", "Ethiopia"),
      ("Mahmoud Ali Youssouf", "DEMAND", "Eritrea")}),
    # controls: a concert cancelled; the chairman of a firm
    ("Ghana cancelled the concert.", set()),
    ("The chairman of the bank resigned.", set()),
])
def test_offices_described_protests_and_releases_recalled(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # water cannon or tear gas fired at a boat is coercion, no attack; a vessel expelled is
    # driven off, no expulsion of diplomats
    ("Ghana's navy fired water cannon at a Togolese fishing vessel on Sunday.",
     {("Ghana military", "COERCE", "Togo")}),
    ("Ghana's navy said it had expelled the Togolese vessel.",
     {("Ghana military", "COERCE", "Togo")}),
    # tariffs doubled; talks brokered in "a new round of US-brokered talks"
    ("Ghana doubled tariffs on Togolese goods to 50% in August.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghanaian and Togolese officials held a new round of U.S.-brokered talks in Lome.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana"),
      ("United States", "CONSULT", "Ghana"), ("United States", "CONSULT", "Togo")}),
    # controls: rockets fired are an attack; diplomats expelled; spending doubled
    ("Togo fired rockets at Ghana.", {("Togo", "FIGHT", "Ghana")}),
    ("Ghana expelled two Togolese diplomats.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana doubled its defence spending.", set()),
])
def test_water_cannon_vessels_expelled_and_tariffs_doubled(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # forces sent to X to help, or to help X, are at X's side: protection (CAMEO 074)
    ("Ghana sent 500 troops to Togo to help fight the rebels.", {("Ghana", "AID", "Togo")}),
    ("Ghana deployed troops to Togo to help the government.", {("Ghana", "AID", "Togo")}),
    # controls: forces sent near a state, or to press it, are a show of force
    ("Togo sent troops to the border with Ghana.", {("Togo", "MOBILIZE", "Ghana")}),
    ("Togo deployed troops near Ghana to pressure Accra.", {("Togo", "MOBILIZE", "Ghana")}),
])
def test_forces_sent_to_help_a_side_protect_it(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # aid named by the doer's own side is the doer's to give: whom it went to is the target
    ("Mahama, who froze all Ghanaian aid to Togo in March, did not comment.",
     {("John Mahama", "SANCTION", "Togo")}),
    ("Ghana froze all Ghanaian assistance to Togo.", {("Ghana", "SANCTION", "Togo")}),
    # nor is who made, funded or trained the thing acted on
    ("Ghana cut U.S.-funded aid to Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana expelled a Russian-trained militia commander.", set()),
    ("Togo seized a Ghanaian-flagged tanker.", {("Togo", "COERCE", "Ghana")}),
    # a name the gazetteer does not know is still whom the act is aimed at
    ("Mahama invited Gnassingbe to the ECOWAS summit.", set()),
    # concerns raised with or conveyed to X complain to X; an explanation sought from X asks X
    ("Ghana raised concerns with Togo over the border closure.",
     {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana's government had raised its concerns with Togolese officials.",
     {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana conveyed its concerns to Togo about the closure.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana said it would seek an explanation from the Togolese ambassador.",
     {("Ghana", "DEMAND", "Togo")}),
    ("Ghana sought clarification from Togo about the arrests.", {("Ghana", "DEMAND", "Togo")}),
    # what runs between two places is no target of an act by a third
    ("Togolese warships held drills off the coast, forcing ferries between Ghana and Benin to "
     "change course.", set()),
    # controls: aid to X frozen; a known guest invited; concerns about a thing; an explanation
    # given; flights suspended by one end of their route
    ("Ghana froze its aid to Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Mahama invited Macron to the summit in Accra.",
     {("John Mahama", "DEMAND", "Emmanuel Macron")}),
    ("The minister raised concerns about the pace of inflation.", set()),
    ("Togo gave an explanation to Ghana.", set()),
    ("Ghana suspended flights between Ghana and Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana welcomed the U.N.-backed plan.", {("Ghana", "SUPPORT", "UN")}),
    ("Ghana rejected a U.S.-proposed truce.", {("Ghana", "REJECT", "United States")}),
])
def test_own_aid_unknown_guests_concerns_raised_and_routes(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a hostile act the speaker's own side may take, said or warned of, is a threat (CAMEO 13)
    ("Mahama said Ghana could impose sanctions on Togo.", {("Ghana", "THREATEN", "Togo")}),
    ("Mahama suggested Accra could cut aid to Togo.", {("Ghana", "THREATEN", "Togo")}),
    ("Mahama warned that Ghana would cut aid to Togo.", {("Ghana", "THREATEN", "Togo")}),
    ("Mahama said he could order strikes on Togo.", {("John Mahama", "THREATEN", "Togo")}),
    # sides that act on each other
    ("Ghana and Togo each expelled two diplomats on Friday.",
     {("Ghana", "SANCTION", "Togo"), ("Togo", "SANCTION", "Ghana")}),
    ("Ghana and Togo each accused the other of arming rebels.",
     {("Ghana", "DISAPPROVE", "Togo"), ("Togo", "DISAPPROVE", "Ghana")}),
    # "hours before announcing X": the clause subject announced it
    ("Mahama criticised the move, hours before announcing the expulsion of two Togolese "
     "diplomats.", {("John Mahama", "SANCTION", "Togo")}),
    # "X's opposition to Y's bid" is a stance against Y
    ("Mahama's opposition to Togo's bid to join ECOWAS has strained ties.",
     {("John Mahama", "REJECT", "Togo")}),
    # every state of a list "of X, Y and Z"
    ("Mahama met the foreign ministers of Togo, Benin and Nigeria in Accra.",
     {("John Mahama", "CONSULT", "Togo"), ("John Mahama", "CONSULT", "Benin"),
      ("John Mahama", "CONSULT", "Nigeria"), ("Togo", "CONSULT", "Ghana"),
      ("Benin", "CONSULT", "Ghana"), ("Nigeria", "CONSULT", "Ghana")}),  # in Accra: visits
    # a community's leader ("Turkish Cypriot") is neither state's
    ("The Turkish Cypriot leader met Erdogan.", set()),
    # controls: another side's possible act, or an analyst's, is no threat; a negated warning;
    # each side's own act on a third; the Kenyan opposition; two states coordinated
    ("Analysts said Ghana could impose sanctions on Togo.", set()),
    ("Mahama said Togo could impose sanctions on Ghana.", set()),
    ("Mahama warned that Ghana would not cut aid to Togo.", set()),
    ("Ghana and Togo each sent troops to Mali.",
     {("Ghana", "MOBILIZE", "Mali"), ("Togo", "MOBILIZE", "Mali")}),
    ("The Kenyan opposition criticised Ruto.",
     {("Kenya opposition", "DISAPPROVE", "William Ruto")}),
    ("The Greek and Turkish leaders met in Ankara.",
     {("Greece", "CONSULT", "Turkey"), ("Turkey", "CONSULT", "Greece")}),
])
def test_threats_of_own_side_mutual_acts_and_community_leaders(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an object pronoun is neither its clause's subject nor the state that subject governs
    ("Togo agreed to send water to Ghana, days after Mahama accused it of stealing fish.",
     {("Togo", "AGREE", "Ghana")}),
    # "helped X rebuild", "would help X track": X is helped
    ("Ghana helped Togo rebuild its ports.", {("Ghana", "AID", "Togo")}),
    ("Ghana said it would help Togo track the smugglers.", {("Ghana", "AGREE", "Togo")}),
    # the expulsion recalled: of a person a coercion, of diplomats a sanction
    ("Ghana deported a Togolese activist on Sunday. Togo called the expulsion unlawful.",
     {("Ghana", "COERCE", "Togo civilians"), ("Togo", "DISAPPROVE", "Ghana")}),
    # a label that says who did the deed, or calls it an attack
    ("Mahama called the shelling an act of aggression by Togo.",
     {("John Mahama", "DISAPPROVE", "Togo")}),
    ("Mahama called the balloons a hybrid attack by Togo.",
     {("John Mahama", "DISAPPROVE", "Togo")}),
    # a body of a state placed by the verb's phrase is that state's
    ("Lithuania criticised the regime in Minsk.", {("Lithuania", "DISAPPROVE", "Belarus")}),
    # sanctions prepared are threatened; an offensive prepared is forces readied
    ("The EU was preparing new sanctions against Togo.", {("EU", "THREATEN", "Togo")}),
    ("Togo's army prepared to storm the town held by Ghana.",
     {("Togo military", "MOBILIZE", "Ghana")}),
    # controls: a pronoun for a firm; a thing "it"; a report prepared; ties of a state body;
    # a call of names with no doer
    ("Ghana's telecom firm turned to lasers to help it overcome the problems in the country.",
     set()),
    ("Mahama said Togo had been sending migrants back to Ghana and that Accra would no "
     "longer accept it.", set()),
    ("Ghana prepared a report on Togo.", set()),
    ("Togo's leader has cut military ties with France.", {("Togo", "SANCTION", "France")}),
    ("Mahama called the report a fabrication.", set()),
])
def test_pronouns_help_labels_and_preparations(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's officials barred, or entry bans laid on them, sanction the state (CAMEO 163)
    ("Togo barred two Ghanaian ministers from entering the country.",
     {("Togo", "SANCTION", "Ghana")}),
    ("Ghana imposed entry bans on Togolese officials.", {("Ghana", "SANCTION", "Togo")}),
    ("Somalia threatened to bar Ethiopian troops from the force.",
     {("Somalia", "THREATEN", "Ethiopia military")}),
    # "together with Z", "along with Z": Z acts too
    ("Ghana recognised a Palestinian state last year together with Ireland and Norway.",
     {("Ghana", "SUPPORT", "Palestine"), ("Ireland", "SUPPORT", "Palestine"),
      ("Norway", "SUPPORT", "Palestine")}),
    # a third party's judgement of a deal recalled is of both its sides
    ("Ghana and Togo agreed to a truce. The United Nations welcomed the agreement.",
     {("Ghana", "AGREE", "Togo"), ("Togo", "AGREE", "Ghana"), ("UN", "SUPPORT", "Ghana"),
      ("UN", "SUPPORT", "Togo")}),
    ("Ghana and Togo signed a deal. Benin criticised the deal.",
     {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana"),
      ("Benin", "DISAPPROVE", "Ghana"), ("Benin", "DISAPPROVE", "Togo")}),
    # a surname the model cut off, or took alone for a firm, is the person named before
    ("Mahama met Kamla Persad-Bissessar in Accra. Persad-Bissessar, who has backed U.S. "
     "strikes, said Ghana would not yield.",
     {("John Mahama", "CONSULT", "Kamla Persad-Bissessar"),
      ("Kamla Persad-Bissessar", "SUPPORT", "United States"),
      ("Kamla Persad-Bissessar", "CONSULT", "Ghana")}),  # met in Accra: her visit
    ("Togo's opposition leader Maria Corina Machado met Mahama in Accra.",
     {("Maria Corina Machado", "CONSULT", "John Mahama"),
      ("Maria Corina Machado", "CONSULT", "Ghana")}),  # in Mahama's capital: a visit
    # what a phrase of time on the object names is no target
    ("Ghana barred inspectors from its sites after Togolese strikes on them.", set()),
    # controls: a firm barred from a case; co-signers "alongside" a witness; a side of the
    # deal judging it, whose other side is the target
    ("A judge has barred Bank of America from the case.", set()),
    ("Ghana and Togo signed the document alongside Benin's president Patrice Talon.",
     {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana")}),
    ("Ghana and Togo held talks. Mahama welcomed the talks.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana"),
      ("John Mahama", "SUPPORT", "Togo")}),
])
def test_bans_companions_deals_judged_and_names_completed(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a denial right after a charge answers whoever made it (CAMEO 12)
    ("Togo accused Ghana of sheltering rebels. Ghana's government denied taking sides.",
     {("Togo", "DISAPPROVE", "Ghana"), ("Ghana", "REJECT", "Togo")}),
    ("Togo accused Ghana of sheltering rebels. Ghana denied the charge.",
     {("Togo", "DISAPPROVE", "Ghana"), ("Ghana", "REJECT", "Togo")}),
    # a deed called a stunt, propaganda or a surrender is condemned
    ("France filed a case against Togo. Togo called the case a political stunt.",
     {("France", "DISAPPROVE", "Togo"), ("Togo", "DISAPPROVE", "France")}),
    ("Ghana and Togo signed a deal. Benin called the deal a surrender.",
     {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana"),
      ("Benin", "DISAPPROVE", "Ghana"), ("Benin", "DISAPPROVE", "Togo")}),
    # a sentence's opening participle is no part of the name after it
    ("Meeting Macron on the sidelines of a summit in Abuja, Tinubu said Nigeria would pay "
     "compensation.", {("Bola Tinubu", "CONSULT", "Emmanuel Macron")}),
    # controls: a denial by a third; a denial with no charge before it; "it" undone is a thing
    ("Togo accused Ghana of sheltering rebels. Benin denied taking sides.",
     {("Togo", "DISAPPROVE", "Ghana")}),
    ("Ghana denied supplying arms to Togo.", set()),
    ("The United States welcomed the treaty, while Mahama called it an act of self-harm and "
     "vowed to overturn it.", set()),
])
def test_denials_answer_charges_and_deeds_named_in_scorn(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a deed condemned or welcomed, its doer and target named, happened: both are coded
    ("Ghana condemned Togo's attack on Benin.",
     {("Ghana", "DISAPPROVE", "Togo"), ("Togo", "FIGHT", "Benin")}),
    ("Ghana criticised China's sanctions on Lithuania.",
     {("Ghana", "DISAPPROVE", "China"), ("China", "SANCTION", "Lithuania")}),
    # a label's "violation of X's sovereignty" judges nothing of X's; the deed's doer is judged
    ("Togo struck Ghana on Friday. Benin condemned the attack as a violation of Ghana's "
     "sovereignty.", {("Togo", "FIGHT", "Ghana"), ("Benin", "DISAPPROVE", "Togo")}),
    # the head of a state's armed body heads the body, not the state
    ("Iran's Supreme Leader Ali Khamenei spoke. Israel killed the head of the Revolutionary "
     "Guards.", {("Israel", "ASSAULT", "Iran")}),
    # "it" in a clause under a verb with no subject is that verb's governor's subject; the
    # ban it lifts, which it imposed, was on whom it was imposed on (a ban on a state's goods
    # is an embargo on the state: SANCTION)
    ("China resumed imports from Japan's ports, lifting a ban it imposed on Japanese seafood "
     "in 2023.", {("China", "CONCEDE", "Japan"), ("China", "SANCTION", "Japan")}),
    ("Ghana lifted the sanctions it imposed on Togo.",
     {("Ghana", "RETREAT", "Togo"), ("Ghana", "SANCTION", "Togo")}),
    # controls: a deed planned, or a condemnation denied, is no deed done; "calling for him to
    # apologise" asks somebody else
    ("Ghana condemned the planned U.S. strikes on Togo.",
     {("Ghana", "DISAPPROVE", "United States")}),
    ("Ghana did not condemn Togo's attack on Benin.", set()),
    ("Togo dismissed the pledge as proof of Ghana's militarisation.", {("Togo", "REJECT", "Ghana")}),
    ("Mahama wrote to Emmanuel Macron accusing him of an error and calling for him to "
     "apologise.", {("John Mahama", "DISAPPROVE", "Emmanuel Macron"),
                    ("John Mahama", "DEMAND", "Emmanuel Macron")}),
])
def test_deeds_judged_happened_and_heads_of_bodies(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the war in X, which Y condemned": the war is condemned, and names nobody
    ("Ghana said the deal did not change its position on the war in Darfur, which it has "
     "repeatedly condemned.", set()),
    # an official meets, praises or condemns for the state he serves, never it
    ("Ghana's Defence Minister Kofi Boateng met Emmanuel Macron in Paris on Thursday, the most "
     "senior Ghanaian official to visit France in years.",
     {("Kofi Boateng", "CONSULT", "Emmanuel Macron"), ("Kofi Boateng", "CONSULT", "France"),
      ("Ghana", "CONSULT", "France")}),
    # "X, the first leader to visit Y": X visited Y
    ("Mahama, the first Ghanaian leader to visit Togo in years, praised Benin.",
     {("John Mahama", "CONSULT", "Togo"), ("John Mahama", "SUPPORT", "Benin")}),
    # controls: a war named as the target; a promise about one's own state; a plan to visit
    ("Ghana condemned Togo's war against Benin.",
     {("Ghana", "DISAPPROVE", "Togo"), ("Togo", "FIGHT", "Benin")}),
    ("Mahama, the official to visit Togo next week, praised Benin.",
     {("John Mahama", "SUPPORT", "Benin")}),
])
def test_wars_condemned_officials_own_states_and_firsts(extract, text, expected):
    assert dyads(extract(text)) == expected


def test_a_title_with_a_clause_on_it_holds_no_office_there(extract):
    # "X is the first leader to visit Togo": X leads no Togo
    roles = {(r.subject.actor.name, r.object.actor.name)
             for r in extract("Mahama is the first leader to visit Togo.")
             if r.predicate.endswith("_OF")}
    assert roles == set()


@pytest.mark.parametrize("text, expected", [
    # a breach said by another side charges its doer, whether or not a target is named
    ("Ghana said Togo violated the ceasefire.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana said Togo's decision ignored the rights of the Ewe people.",
     {("Ghana", "DISAPPROVE", "Togo")}),
    ("Togo's position ignored Benin's demands, Ghana said.",
     {("Ghana", "DISAPPROVE", "Togo"), ("Togo", "REJECT", "Benin")}),
    # controls: a breach denied, only possible or one's own is no charge; "accused" was one
    ("Ghana said Togo had not violated the ceasefire.", set()),
    ("Ghana denied that Togo violated the ceasefire.", set()),
    ("Ghana said Togo could violate the ceasefire.", set()),
    ("Ghana said its troops had violated the ceasefire.", set()),
    ("Ghana accused Togo of violating the ceasefire.", {("Ghana", "DISAPPROVE", "Togo")}),
    # an order down a government's own chain of command is no demand of another
    ("Mahama said he had ordered the Ghanaian army to prepare for possible action.", set()),
    ("Mahama urged Ghana to stay calm.", set()),
    # controls: another state's army, one's own parliament, and another state's police
    ("Mahama ordered Togo's army to withdraw from the border.",
     {("John Mahama", "DEMAND", "Togo military")}),
    ("Mahama urged Ghana's parliament to pass the bill.",
     {("John Mahama", "DEMAND", "Ghana legislature")}),
    ("Togo's foreign minister urged the Ghanaian police to release the activists.",
     {("Togo", "DEMAND", "Ghana police")}),
    # "welcome in" ("welcomed in the New Year") is not the verb once it has an object
    ("Togo welcomed Ghana's decision in a statement.", {("Togo", "SUPPORT", "Ghana")}),
    ("Ghana said it would welcome U.S. help in fighting rebels.",
     {("Ghana", "AGREE", "United States")}),
    ("Ghana welcomed in the New Year with fireworks.", set()),
])
def test_charges_said_orders_at_home_and_welcomes(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "his Togolese counterpart, Y": Y holds his office in Togo
    ("Ghana's Foreign Minister Sam Ablakwa met his Togolese counterpart Robert Dussey.",
     {("Sam Ablakwa", "Ghana"), ("Robert Dussey", "Togo")}),
    ("Ghana's Foreign Minister Sam Ablakwa met Robert Dussey, his Togolese counterpart.",
     {("Sam Ablakwa", "Ghana"), ("Robert Dussey", "Togo")}),
    # controls: no state named, or no office known for the one whose counterpart Y is
    ("Ghana's Foreign Minister Sam Ablakwa met his counterpart Robert Dussey at the talks.",
     {("Sam Ablakwa", "Ghana")}),
    ("Sam Ablakwa met his Togolese counterpart Robert Dussey.", set()),
])
def test_a_counterpart_holds_the_same_office_in_the_state_named(extract, text, expected):
    roles = {(r.subject.actor.name, r.object.actor.name) for r in extract(text)
             if r.predicate.endswith("_OF")}
    assert roles == expected


def test_the_two_ministers_are_the_minister_and_his_counterpart(extract):
    relations = extract("Ghana's Foreign Minister Sam Ablakwa and his Togolese counterpart, "
                        "Robert Dussey, met in Accra. The two ministers agreed to reopen the "
                        "border.")
    assert ("Sam Ablakwa", "AGREE", "Robert Dussey") in dyads(relations)


@pytest.mark.parametrize("text, expected", [
    # a counted plural named after a comma is the names, as many as it counts
    ("Ghana imposed sanctions on Togo's two biggest banks, Ecobank and Orabank, on Wednesday.",
     {("Ghana", "SANCTION", "Ecobank"), ("Ghana", "SANCTION", "Orabank")}),
    ("Ghana imposed sanctions on its allies Togo and Benin.",
     {("Ghana", "SANCTION", "Togo"), ("Ghana", "SANCTION", "Benin")}),
    # "both firms" are the two firms named before; "the firms" with no number, nobody
    ("Ghana imposed sanctions on Ecobank and Orabank. Benin sanctioned both firms last week.",
     {("Ghana", "SANCTION", "Ecobank"), ("Ghana", "SANCTION", "Orabank"),
      ("Benin", "SANCTION", "Ecobank"), ("Benin", "SANCTION", "Orabank")}),
    ("Ghana imposed sanctions on Ecobank and Orabank. Benin praised the firms.",
     {("Ghana", "SANCTION", "Ecobank"), ("Ghana", "SANCTION", "Orabank")}),
    # "X said the sanctions were illegal", "an unfriendly act": judges who imposed them
    ("Ghana imposed sanctions on Togo. Togo said the sanctions were illegal.",
     {("Ghana", "SANCTION", "Togo"), ("Togo", "DISAPPROVE", "Ghana")}),
    ("Ghana imposed sanctions on Togo. Togo said the sanctions were an unfriendly act.",
     {("Ghana", "SANCTION", "Togo"), ("Togo", "DISAPPROVE", "Ghana")}),
    ("Ghana imposed sanctions on Togo. Benin said the decision was a historic step.",
     {("Ghana", "SANCTION", "Togo"), ("Benin", "SUPPORT", "Ghana")}),
    # controls: denied, with no deed reported before, or no judgement
    ("Ghana imposed sanctions on Togo. Togo said the sanctions were not illegal.",
     {("Ghana", "SANCTION", "Togo")}),
    ("Togo said the sanctions were illegal.", set()),
    ("Ghana imposed sanctions on Togo. Togo said the next step was talks.",
     {("Ghana", "SANCTION", "Togo")}),
    # coordinating with X is cooperation; ending talks, ties or aid with X is a sanction
    ("Britain said it would coordinate further steps with Ghana.",
     {("United Kingdom", "AGREE", "Ghana")}),
    ("Ghana said it was ending all trade negotiations with Togo.",
     {("Ghana", "SANCTION", "Togo")}),
    ("Ghana ended diplomatic ties with Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana ended aid to Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana ended the war with Togo.", set()),
    ("Ghana ended the ban on Togolese imports.", set()),
    # "X and Y, which signed the deal": parties to a deal named before, no deal of their own
    ("Ghana and Togo signed a trade deal in 2019. Benin and Niger, which signed the deal, "
     "backed Ghana.", {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana"),
                       ("Benin", "SUPPORT", "Ghana"), ("Niger", "SUPPORT", "Ghana")}),
    ("Benin and Niger, which signed a trade deal last week, backed Ghana.",
     {("Benin", "SUPPORT", "Niger"), ("Niger", "SUPPORT", "Benin"),
      ("Benin", "SUPPORT", "Ghana"), ("Niger", "SUPPORT", "Ghana")}),
])
def test_counted_names_firms_deeds_judged_in_speech_and_ends(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an act done "in a phone call" or "during a meeting" is done in talks with whom it is on
    ("Macron congratulated Tinubu in a phone call.",
     {("Emmanuel Macron", "SUPPORT", "Bola Tinubu"),
      ("Emmanuel Macron", "CONSULT", "Bola Tinubu")}),
    ("Mahama thanked Tinubu during a meeting in Abuja.",
     {("John Mahama", "SUPPORT", "Bola Tinubu"), ("John Mahama", "CONSULT", "Bola Tinubu")}),
    ("Mahama told Tinubu in a phone call that Ghana would help.",
     {("John Mahama", "CONSULT", "Bola Tinubu")}),
    # hung on the act asked for, the call is still with whom it was asked of
    ("Mahama asked Tinubu to remove the tariff in a video call on Monday.",
     {("John Mahama", "DEMAND", "Bola Tinubu"), ("John Mahama", "CONSULT", "Bola Tinubu")}),
    # controls: a speech is no talks; a call between others or another's call is not his
    ("Mahama criticised Tinubu in a speech.", {("John Mahama", "DISAPPROVE", "Bola Tinubu")}),
    ("Mahama praised Tinubu in Macron's phone call.", {("John Mahama", "SUPPORT", "Bola Tinubu")}),
    # "said the Ghanaian move was improper and urged Accra to ...": the speaker urges, not the
    # move the parser made the subject
    ("Togo's foreign ministry said the Ghanaian move was improper interference and urged Accra "
     "to reverse it.", {("Togo", "DISAPPROVE", "Ghana"), ("Togo", "DEMAND", "Ghana")}),
    ("Togo said the Ghanaian sanctions were illegal and demanded that Accra lift them.",
     {("Togo", "DISAPPROVE", "Ghana"), ("Togo", "DEMAND", "Ghana")}),
    ("Togo said Ghana had acted illegally and urged Accra to reverse it.",
     {("Togo", "DEMAND", "Ghana")}),
])
def test_acts_in_calls_and_deeds_that_say_nothing(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # deepening, strengthening, expanding or boosting an act is the act
    ("Ghana and Togo would deepen cooperation in defence.",
     {("Ghana", "AGREE", "Togo"), ("Togo", "AGREE", "Ghana")}),
    ("Togo deepened military cooperation with Benin.", {("Togo", "COOPERATE", "Benin")}),
    ("Ghana expanded sanctions on Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana boosted its economy.", set()),
    # a credit line opened to a state is a loan
    ("Ghana announced a new credit line for Togo.", {("Ghana", "AID", "Togo")}),
    # an epithet is the one state named just before that does not act on it
    ("Modi arrived in the Maldives on Friday. India announced aid for the island nation.",
     {("Narendra Modi", "CONSULT", "Maldives"), ("India", "AID", "Maldives")}),
    # controls: a bare "the country", two states it may be, a state's own army's words
    ("Modi arrived in the Maldives on Friday. India announced aid for the country.",
     {("Narendra Modi", "CONSULT", "Maldives")}),
    ("Mahama visited Togo and Benin. Ghana announced aid for the West African nation.",
     {("John Mahama", "CONSULT", "Togo"), ("John Mahama", "CONSULT", "Benin")}),
    ("Togolese troops crossed into Ghana on Friday, Ghana's army said, prompting the West "
     "African state to request talks.", set()),
])
def test_acts_strengthened_credit_lines_and_epithets(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a sum announced as aid, a package or a loan is pledged
    ("Ghana announced a $60 million aid package for Togo.", {("Ghana", 60_000_000.0)}),
    ("Ghana announced a loan of $500 million for Togo.", {("Ghana", 500_000_000.0)}),
    # controls: a change in a sum is none given; a bill is no aid
    ("Ghana announced a $60 million cut in aid to Togo.", set()),
    ("Ghana announced a $60 million bill for road repairs.", set()),
])
def test_sums_announced_as_aid_are_pledged(extract, text, expected):
    assert {(r.subject.actor.name, r.object.value) for r in extract(text)
            if r.predicate == "PLEDGE"} == expected


@pytest.mark.parametrize("text, expected", [
    # "he was disappointed and accused X": the copula's subject accused X
    ("Macron said he was disappointed and accused Togo of rewarding terrorism.",
     {("Emmanuel Macron", "DISAPPROVE", "Togo")}),
    ("It is normal and necessary to restore ties with Togo.", set()),
    # the person extradited is no side of it; the state he is handed to is, and a refusal
    # answers whoever asked for him
    ("Ghana extradited the suspect to Togo.", {("Ghana", "COOPERATE", "Togo")}),
    ("Ghana refused to extradite Kofi Boateng to Togo.", {("Ghana", "REJECT", "Togo")}),
    ("Togo demanded that Ghana hand over Kofi Boateng. Ghana said it would not extradite him.",
     {("Togo", "DEMAND", "Ghana"), ("Ghana", "REJECT", "Togo")}),
])
def test_subjects_of_copulas_and_whom_extradition_serves(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "no longer" negates as "not" does, but of what is done now it says the act ended
    # (recognition withdrawn cuts relations)
    ("Togo would no longer attack Ghanaian ships.", set()),
    ("Togo no longer recognises Ghana.", {("Togo", "SANCTION", "Ghana")}),
    ("Togo said it would no longer cooperate with Ghana.", {("Togo", "REJECT", "Ghana")}),
    # a demonym in a title before a name is not whom the act is on: the named person is
    ("Ghana lifted sanctions on former Togolese Defence Minister Kofi Boateng.",
     {("Ghana", "RETREAT", "Kofi Boateng")}),
    ("Ghana criticised a takeover bid from American tycoon John Roe.",
     {("Ghana", "DISAPPROVE", "John Roe")}),
    # controls: a demonym on a group, on a body
    ("Ghana imposed sanctions on Togolese rebels.", {("Ghana", "SANCTION", "Togo rebels")}),
    ("Ghana praised the Hong Kong court.", {("Ghana", "SUPPORT", "Hong Kong judiciary")}),
])
def test_no_longer_and_names_after_titles(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # suspending sanctions or a ban eases them; suspending aid or talks stays a sanction
    ("Washington suspended sanctions on Togo.", {("United States", "RETREAT", "Togo")}),
    ("Ghana suspended its travel ban on Togolese officials.", {("Ghana", "CONCEDE", "Togo")}),
    ("Ghana suspended aid to Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Washington suspended for 180 days sanctions on Togo.", set()),
    # "said it was a dark day and accused X": "it" accuses nobody, the speaker does
    ("The European Union signed a trade deal with Ghana. Macron said it was a dark day for "
     "Europe and accused the bloc of giving in.",
     {("EU", "SUPPORT", "Ghana"), ("Emmanuel Macron", "DISAPPROVE", "EU")}),
    # "the kingdom" alone refers back to the state named before
    ("Trump met the Saudi crown prince. Trump urged the kingdom to join the accords.",
     {("Donald Trump", "CONSULT", "Saudi Arabia"), ("Donald Trump", "DEMAND", "Saudi Arabia")}),
    # a state whose name is no kingdom's is not "the kingdom"
    ("Trump met Israel's foreign minister. Trump urged the kingdom to join the accords.",
     {("Donald Trump", "CONSULT", "Gideon Saar")}),
])
def test_sanctions_suspended_things_that_accuse_and_the_kingdom(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a truce called for "in X" is asked of X, as an end to the fighting in X is
    ("Ghana called for a ceasefire in Mali.", {("Ghana", "DEMAND", "Mali")}),
    ("Ghana and Togo on Friday called for a three-month truce in Mali followed by talks.",
     {("Ghana", "DEMAND", "Mali"), ("Togo", "DEMAND", "Mali")}),
    ("Ghana called for a ceasefire in Bamako.", set()),
    # a war "between" two sides is fought by both
    ("The war between the Malian army and the Tuareg rebels has killed thousands.",
     {("Mali military", "FIGHT", "Tuareg rebels"), ("Tuareg rebels", "FIGHT", "Mali military")}),
    # a region acts as nobody
    ("Ghana sent aid to West Africa.", set()),
    ("The United States sanctioned South Africa.",
     {("United States", "SANCTION", "South Africa")}),
    # the seat of a court hosts no visit
    ("The Netherlands, which hosts the court, said it stood by the ICC.",
     {("Netherlands", "SUPPORT", "ICC")}),
    ("Ghana hosted Togo's president.", {("Ghana", "CONSULT", "Togo")}),
    # the judges of a court are its people
    ("The United States imposed sanctions on four judges of the International Criminal Court.",
     {("United States", "SANCTION", "ICC")}),
])
def test_truces_asked_wars_between_regions_seats_and_judges(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the two countries" a third side speaks of are the pair named together before, not it
    ("Ghana and Togo agreed on a new security treaty. Mahama said the treaty showed Ghana's "
     "commitment to its neighbours. The two leaders said they would sign it in Lome. China's "
     "foreign ministry said it hoped cooperation between the two countries would help regional "
     "peace.",
     {("Ghana", "AGREE", "Togo"), ("Togo", "AGREE", "Ghana"),
      ("Ghana", "COOPERATE", "Togo"), ("Togo", "COOPERATE", "Ghana")}),
    # a state's flights or ships barred sanction it; a firm barred does not
    ("Lebanon barred two Iranian flights from landing in Beirut.",
     {("Lebanon", "SANCTION", "Iran")}),
    ("Ghana barred the firm from the tender.", set()),
    # "the decision" reaches back two sentences, not three
    ("Ghana closed its border with Togo. Traders said prices rose sharply. Benin called the "
     "decision unacceptable.",
     {("Ghana", "SANCTION", "Togo"), ("Benin", "DISAPPROVE", "Ghana")}),
    ("Ghana closed its border with Togo. Traders said prices rose sharply. Officials met on "
     "Monday. Benin called the decision unacceptable.", {("Ghana", "SANCTION", "Togo")}),
])
def test_pairs_spoken_of_carriers_barred_and_decisions_recalled(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a rank the model took into a body's name is a title: the person after it acts
    ("Mahama hosted Togo's army chief, Field Marshal Kodjo Agbeyome, for lunch.",
     {("John Mahama", "CONSULT", "Kodjo Agbeyome")}),
    # controls: bodies whose names open with a title word keep their names
    ("Fiat agreed a deal with General Motors.", {("Fiat", "AGREE", "General Motors")}),
    # what a seized ship is suspected of names nobody it was seized from
    ("Ghanaian authorities seized an oil tanker suspected of damaging the power cable between "
     "Ghana and Togo.", set()),
    ("Ghana seized a Togolese tanker suspected of smuggling oil.", {("Ghana", "COERCE", "Togo")}),
])
def test_ranks_before_names_and_what_seized_ships_are_suspected_of(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "its military bases in Senegal" are the doer's own, not Senegal's army's
    ("France handed over its last two military bases in Senegal on Thursday.",
     {("France", "RETREAT", "Senegal")}),
    # control: a demonym says whose the positions are
    ("Thai jets bombed Cambodian military positions.",
     {("Thailand military", "FIGHT", "Cambodia military")}),
])
def test_own_things_placed_in_another_state(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the occasion something was said on names no target of it
    ("Mahama praised the deal at the end of Macron's visit.", set()),
    ("Mahama criticised the plan at a meeting with Tinubu.", set()),
    # control: a place of a deed is still its target
    ("Ghana lifted a curfew in Togo.", {("Ghana", "CONCEDE", "Togo")}),
])
def test_occasions_name_no_target(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's name opening a person's name is the person's given name
    ("Ghanaian Foreign Minister Jordan Ablakwa criticised Togo on Monday.",
     {("Jordan Ablakwa", "DISAPPROVE", "Togo")}),
    ("Togo's envoy, Chad Amegah, met Mahama in Accra.",
     {("Chad Amegah", "CONSULT", "John Mahama"), ("Chad Amegah", "CONSULT", "Ghana")}),
    # control: the state alone is the state
    ("Jordan criticised Togo on Monday.", {("Jordan", "DISAPPROVE", "Togo")}),
])
def test_states_that_open_a_persons_name(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an actor called by an adjective of condemnation is condemned, however the parser hangs it
    ("Ghana's Foreign Minister Samuel Ablakwa met Togolese President Faure Gnassingbe. "
     "Gnassingbe called Ablakwa arrogant and dishonest.",
     {("Samuel Ablakwa", "CONSULT", "Faure Gnassingbe"),
      ("Faure Gnassingbe", "DISAPPROVE", "Samuel Ablakwa")}),
    ("Ghanaian President John Mahama called the Togolese government corrupt.",
     {("John Mahama", "DISAPPROVE", "Togo")}),
    ("Mahama said the Togolese junta was repressive.",
     {("John Mahama", "DISAPPROVE", "Togo military")}),
    # controls: talks called useful, a response called for, a meeting called an exchange
    ("Mahama called the talks with Togo useful.", set()),
    ("Togo called for a tough response to the attacks.", set()),
    ("Mahama called the meeting a frank exchange of views.", set()),
])
def test_actors_called_by_adjectives(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # what is broken decides: ties broken are a sanction, a truce broken a violation
    ("Ghana broke diplomatic relations with Togo on Monday.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana broke off ties with Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana said it would break the truce with Togo if attacked.",
     {("Ghana", "THREATEN", "Togo")}),
    # a promise broken is no promise
    ("Ghana broke its promise to Togo.", set()),
    # a clause with its own subject inside the phrase names nobody in the phrase
    ("Ghana signed a ceasefire with rebels bombing Togolese positions.", set()),
])
def test_what_is_broken_and_clauses_inside_phrases(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a city stands for its state when envoys leave it or fire is aimed at it
    ("Ghana recalled its ambassador from Kara.", {("Ghana", "SANCTION", "Togo")}),
    ("Togo fired rockets at Kumasi.", {("Togo", "FIGHT", "Ghana")}),
    # envoys expelled from the doer's own city are the other state's
    ("Ghana expelled Togolese diplomats from Kumasi.", {("Ghana", "SANCTION", "Togo")}),
    # control: forces leaving the doer's own city act on nobody
    ("Ghana withdrew its troops from Kumasi.", set()),
])
def test_cities_for_their_states_in_recalls_expulsions_and_fire(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle on a name says what was done to it, by nobody named
    ("Kofi Mensah, convicted of fraud in Lome, was freed on Monday. Togolese police raided the "
     "Ghanaian embassy in Lome. Benin condemned the raid.",
     {("Togo police", "COERCE", "Ghana"), ("Benin", "DISAPPROVE", "Togo police")}),
    # "their" of several things is several owners, named together, or nobody
    ("Ghana and Benin said their governments would recall their envoys from Togo.",
     {("Ghana", "THREATEN", "Togo"), ("Benin", "THREATEN", "Togo")}),
    ("Togo expelled diplomats from three countries after their governments refused to "
     "recognise the election of Faure Gnassingbe.", set()),
    # the ones a plural includes are named members of it
    ("Togo said it was withdrawing its diplomats from the three countries, which include "
     "Ghana, Benin and Niger.",
     {("Togo", "SANCTION", "Ghana"), ("Togo", "SANCTION", "Benin"),
      ("Togo", "SANCTION", "Niger")}),
    ("The EU froze the assets of several firms, including Ecobank and Orabank.",
     {("EU", "SANCTION", "Ecobank"), ("EU", "SANCTION", "Orabank")}),
    # a member of a body is not the body; its allies act with it
    ("Mahama paid a visit to a member state of the African Union.", set()),
    ("Mahama paid a visit to the allies of Togo.", {("John Mahama", "CONSULT", "Togo")}),
    # a convention each side ratifies alone is no deal between them; a border treaty is
    ("Ghana and Benin ratified the convention on Monday.", set()),
    ("Ghana and Benin ratified the border treaty on Monday.",
     {("Ghana", "SUPPORT", "Benin"), ("Benin", "SUPPORT", "Ghana")}),
])
def test_participles_on_names_several_owners_members_and_conventions(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # what reports said to be inaccurate say was done is not done
    ("Ghana's foreign ministry said reports that it had ordered Togolese officials to leave "
     "were inaccurate.", set()),
    ("Ghana said that it had ordered Togolese officials to leave.",
     {("Ghana", "DEMAND", "Togo")}),
    # envoys ordered or told to leave are expelled
    ("Ghana ordered six Togolese diplomats to leave by Saturday.",
     {("Ghana", "SANCTION", "Togo")}),
    ("Ghana told the Togolese ambassador to leave the country within 72 hours.",
     {("Ghana", "SANCTION", "Togo")}),
    # control: an envoy ordered to explain is asked, not expelled
    ("Ghana ordered the Togolese ambassador to explain the remarks.",
     {("Ghana", "DEMAND", "Togo")}),
])
def test_reports_called_inaccurate_and_envoys_told_to_leave(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # officials of one government sign together, for it, with the side "with" names however
    # the parser hangs it
    ("Ghanaian Foreign Minister Samuel Ablakwa and Defence Minister Omane Boamah signed the "
     "agreement with Togolese Defence Minister Marguerite Gnakade in Lome.",
     {("Samuel Ablakwa", "SUPPORT", "Marguerite Gnakade"),
      ("Omane Boamah", "SUPPORT", "Marguerite Gnakade"),
      ("Samuel Ablakwa", "CONSULT", "Togo"), ("Omane Boamah", "CONSULT", "Togo")}),  # in Lome
    ("Ghanaian Foreign Minister Samuel Ablakwa and Defence Minister Omane Boamah signed the "
     "agreement.", set()),
    # control: leaders of two states sign with each other
    ("Ghanaian President John Mahama and Togolese President Faure Gnassingbe signed the "
     "agreement.",
     {("John Mahama", "SUPPORT", "Faure Gnassingbe"),
      ("Faure Gnassingbe", "SUPPORT", "John Mahama")}),
    # concern voiced about a deal reported before is aimed at its sides, unless voiced by one
    ("Ghana and Togo signed a defence pact. Benin and Niger voiced serious concern about the "
     "deal.",
     {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana"),
      ("Benin", "DISAPPROVE", "Ghana"), ("Benin", "DISAPPROVE", "Togo"),
      ("Niger", "DISAPPROVE", "Ghana"), ("Niger", "DISAPPROVE", "Togo")}),
    ("Ghana and Togo signed a defence pact. Mahama voiced concern about the deal.",
     {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana")}),
])
def test_officials_of_one_side_and_concern_about_a_deal(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a title's state carries to the next title coordinated with it
    ("Ghanaian Foreign Minister Samuel Ablakwa and Defence Minister Omane Boamah signed the "
     "agreement.",
     {("Samuel Ablakwa", "MINISTER_OF", "Ghana"), ("Omane Boamah", "MINISTER_OF", "Ghana")}),
    # the first words of a title the model took for a body are the title's
    ("Ghana signed the pact with Togolese Defence Secretary Kodjo Mensah in Lome.",
     {("Kodjo Mensah", "MINISTER_OF", "Togo")}),
])
def test_titles_shared_and_opened_by_a_body_name(extract, text, expected):
    assert {(r.subject.actor.name, r.predicate, r.object.actor.name)
            for r in extract(text) if r.predicate.endswith("_OF")} == expected


@pytest.mark.parametrize("text, expected", [
    # a plural with no number is all the sides one sentence named, never some of one sentence
    # and all of another
    ("Benin, Niger and Nigeria urged calm on Monday. Mahama, who hosted his Togolese "
     "counterpart in Accra on Friday, said trust had returned, and the governments agreed to "
     "reopen the border.", {("John Mahama", "CONSULT", "Togo")}),
    ("Ghana and Togo met in Lome on Monday. The governments agreed to reopen the border.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana"),
      ("Ghana", "AGREE", "Togo"), ("Togo", "AGREE", "Ghana")}),
    # "the decision" is a step taken, not the praise of it said in between
    ("Ghana's parliament voted to close the border with Togo. Mahama called the vote a "
     "historic day. Benin welcomed the decision.",
     {("Ghana legislature", "SANCTION", "Togo"), ("Benin", "SUPPORT", "Ghana legislature")}),
])
def test_plurals_across_sentences_and_decisions_that_were_steps(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # what a law, a resolution or a statement does, its maker does
    ("Ghana adopted a resolution that condemns Togo.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana's parliament passed two laws that bar the U.N. refugee agency, UNHCR, from "
     "operating in Ghana.", {("Ghana legislature", "SANCTION", "UNHCR")}),
    ("Ghana issued a statement that criticised Togo.", {("Ghana", "DISAPPROVE", "Togo")}),
    # controls: a resolution rejected is not the rejecter's; a firm barred is no sanction
    ("Ghana rejected a resolution that condemns Togo.", set()),
    ("Ghana barred the firm from the tender.", set()),
])
def test_what_laws_and_resolutions_do_their_makers_do(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the bloc", "the agency": the one bloc or agency the text named
    ("Ghana left ECOWAS on Monday. Mahama accused the bloc of bias.",
     {("Ghana", "SANCTION", "ECOWAS"), ("John Mahama", "DISAPPROVE", "ECOWAS")}),
    ("Mahama met the head of the World Health Organization on Monday. Ghana later accused the "
     "agency of bias.",
     {("John Mahama", "CONSULT", "Tedros Adhanom Ghebreyesus"), ("Ghana", "DISAPPROVE", "WHO")}),
    # control: two blocs named, "the bloc" is neither
    ("Ghana left ECOWAS and the African Union on Monday. Mahama accused the bloc of bias.",
     {("Ghana", "SANCTION", "ECOWAS"), ("Ghana", "SANCTION", "AU")}),
    # "saying it violated": the deed condemned, no breach the speaker owns up to
    ("Hamas condemned the pledge, saying it violated the rights of the Ghanaian people.", set()),
    ("Ghana condemned the decision, saying it violated the rights of the Togolese people.",
     set()),
    # control: another side's breach is a charge
    ("Ghana said Togo violated the truce.", {("Ghana", "DISAPPROVE", "Togo")}),
])
def test_blocs_and_agencies_described_and_deeds_said_to_breach(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a border kept closed is closed, however the parser hangs "closed"
    ("Ghana kept its border with Togo closed.", {("Ghana", "SANCTION", "Togo")}),
    # what two sides agree to do to a third is aimed at it, not a deal between the two
    ("Benin and Niger agreed to sell Ghana armoured vehicles.",
     {("Benin", "AGREE", "Ghana"), ("Niger", "AGREE", "Ghana")}),
    ("Benin agreed to sell armoured vehicles to Ghana.", {("Benin", "AGREE", "Ghana")}),
    # controls: a shared border is theirs; a thing vowed to be overturned is nobody
    ("Benin and Niger agreed to reopen their border.",
     {("Benin", "AGREE", "Niger"), ("Niger", "AGREE", "Benin")}),
    ("Ghana kept Togo informed.", set()),
])
def test_borders_kept_closed_and_acts_agreed_on_a_third(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # revenge vowed on X threatens X; the strike it is taken for is the reason, no purpose
    ("Togo vowed on Tuesday to take revenge on Ghana for an air strike on its embassy in "
     "Accra.", {("Togo", "THREATEN", "Ghana")}),
    ("Togo vowed to take revenge on Ghana.", {("Togo", "THREATEN", "Ghana")}),
    # control: a strike sent for is a purpose
    ("Ghana sent jets for a strike on rebel positions in Togo.",
     {("Ghana", "FIGHT", "Togo rebels")}),
    # "the decision" is never one told in the reactor's own phrase
    ("Ghana closed its border with Togo. The Polisario Front, which seeks independence and is "
     "backed by Benin, called the decision a shameful betrayal.",
     {("Ghana", "SANCTION", "Togo"), ("Polisario Front", "DISAPPROVE", "Ghana")}),
])
def test_revenge_vowed_and_decisions_outside_the_reactors_phrase(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a consulate's or an embassy's closure is a cut in relations with its state
    ("Ghana ordered the closure of Togo's consulate in Kumasi on Tuesday.",
     {("Ghana", "SANCTION", "Togo")}),
    ("Ghana closed its embassy in Kara.", {("Ghana", "SANCTION", "Togo")}),
    # a town of the doer's own state is where, not whom; a town's own thing is not its state's
    ("Ghana closed schools in Kumasi.", set()),
    ("Ghana ordered the closure of schools in Kumasi.", set()),
    ("Mahama suspended Kumasi's party branch for refusing to drop its candidate.", set()),
    # solidarity expressed backs whom it is with
    ("Benin expressed solidarity with Ghana.", {("Benin", "SUPPORT", "Ghana")}),
    # states a word describes are no set that acts; a group so described may be one
    ("Mahama called on Muslim countries to unite against Togo.", set()),
    ("Muslim hackers attacked Ghana.", {("Muslim hackers", "FIGHT", "Ghana")}),
])
def test_closures_own_towns_solidarity_and_described_states(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # being in talks with X is talking with X, as remaining in talks is
    ("Ghana said it was in talks with Togo on the future of the bases.",
     {("Ghana", "CONSULT", "Togo")}),
    ("Ghana was in negotiations with Togo over the border.", {("Ghana", "CONSULT", "Togo")}),
    # controls: talks with nobody named, a visitor in a city for talks
    ("Ghana is in talks.", set()),
    ("The minister is in Lome for talks with Togo.", set()),
])
def test_sides_in_talks(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the head of a body's division holds the division's office, not the body's
    ("Mali's military government ordered the head of the U.N. peacekeeping mission's human "
     "rights division to leave the country within 48 hours.", set()),
    # control: the head of the body is who held it on the day
    ("Mahama met the head of the UN.", {("John Mahama", "CONSULT", "Antonio Guterres")}),
    # governments a word describes are no set that acts
    ("Western governments accuse Togolese troops of abuses.", set()),
])
def test_heads_of_divisions_and_described_governments(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # what is established, revoked or cancelled decides the act
    ("Ghana and Togo established diplomatic relations on Wednesday.",
     {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana")}),
    ("Ghana revoked a military cooperation agreement with Togo.",
     {("Ghana", "SANCTION", "Togo")}),
    ("Ghana cancelled its defence pact with Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana revoked the ban on Togolese imports.", {("Ghana", "CONCEDE", "Togo")}),
    # controls: a fund established, a curfew cancelled, a visa revoked: nobody's act on another
    ("Ghana established a new fund.", set()),
    ("Ghana cancelled the curfew.", set()),
    ("Ghana revoked the visa of a Togolese journalist.", set()),
    # an actor called ignorant is condemned
    ("Milei called Lopez Obrador ignorant in a television interview.",
     {("Javier Milei", "DISAPPROVE", "Andres Manuel Lopez Obrador")}),
])
def test_ties_established_pacts_revoked_and_leaders_called_ignorant(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # what a leader pledges his own side will do is promised, as if pledged to do it
    ("Ghanaian President John Mahama pledged that Ghana would stand by Togo until the crisis "
     "ended.", {("Ghana", "AGREE", "Togo")}),
    ("Mahama promised that Ghana would help Togo rebuild.", {("Ghana", "AGREE", "Togo")}),
    ("Mahama pledged that Ghana would punish Togo.", {("Ghana", "THREATEN", "Togo")}),
    # controls: another's act pledged is not undertaken by it
    ("Mahama pledged that Togo would receive help from Nigeria.", set()),
    ("Mahama promised that Nigeria would send troops to Togo.", set()),
])
def test_pledged_clauses(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a ban or restrictions on a state or a bloc is an embargo, not a restriction at home
    ("Ghana imposed visa restrictions on Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana banned imports from Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("The EU imposed restrictions on Ghana.", {("EU", "SANCTION", "Ghana")}),
    # controls: a curfew or a crackdown on people stays what it was
    ("Togo imposed a curfew on protesters in Lome.", set()),
    ("Police launched a crackdown on protesters in Accra.", set()),
])
def test_bans_on_states(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # troops or police arriving in a country are deployed there, on no visit
    ("Ghanaian troops arrived in Togo on Monday to lead a regional mission.",
     {("Ghana military", "MOBILIZE", "Togo")}),
    ("The first 300 Ghanaian police officers arrived in Togo on Monday.",
     {("Ghana police", "MOBILIZE", "Togo")}),
    # controls: officials arriving visit; troops coming home go nowhere
    ("A Ghanaian delegation arrived in Togo for talks.", {("Ghana", "CONSULT", "Togo")}),
    ("Ghanaian troops returned to Ghana on Monday.", set()),
    ("Ghanaian troops arrived in Accra after the mission.", set()),
])
def test_troops_arriving(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # said to undermine, harm or meddle: a charge against the doer by who says it
    ("Ghana said Togo was harming its interests.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("Mahama said Togo had interfered in Ghana's internal affairs.",
     {("John Mahama", "DISAPPROVE", "Togo")}),
    ("Mahama said Togo was undermining regional security.",
     {("John Mahama", "DISAPPROVE", "Togo")}),
    # controls: denied, not done, done by no actor, or told with nobody saying it
    ("Mahama denied that Ghana had meddled in Togo's affairs.", set()),
    ("Mahama said Ghana would never undermine Togo.", set()),
    ("Togo's foreign ministry said the tariffs harmed Togolese exporters.", set()),
    ("Togo interfered in Ghana's election.", set()),
])
def test_charges_of_meddling(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a visit told in a "where" clause was made to the place the clause is about
    ("Mahama signed the accord in Accra, where Togolese President Faure Gnassingbe was on a "
     "state visit.", {("John Mahama", "SUPPORT", "Faure Gnassingbe"),
                      ("Faure Gnassingbe", "CONSULT", "Ghana")}),
    ("Mahama spoke in Lome, where he was on a two-day visit.",
     {("John Mahama", "CONSULT", "Togo")}),
    # controls: a visit in the visitor's own town; visitors nobody names
    ("Mahama spoke in Kumasi, where he was on a tour.", set()),
    ("The summit took place in Accra, where leaders were on a visit.", set()),
    # a place whose name ends in a state's is not that state, unless it lies in it
    ("Mahama visited Northern Ireland on Monday.",
     {("John Mahama", "CONSULT", "Northern Ireland")}),
    ("Mahama visited New Mexico on Monday.", {("John Mahama", "CONSULT", "New Mexico")}),
    ("Mahama visited Western Cambodia on Monday.", {("John Mahama", "CONSULT", "Cambodia")}),
])
def test_visits_where_and_places_ending_in_state_names(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a government its speaker does not say whose is the speaker's own
    ("Mahama's office said the government would cut relations with Togo if another attack "
     "took place.", {("Ghana", "THREATEN", "Togo")}),
    ("The government expelled Togo's ambassador, Ghana's foreign ministry said.",
     {("Ghana", "SANCTION", "Togo")}),
    # controls: speakers of two states, or of none, say nothing of whose it is
    ("Ghana and Togo said the government would expel Nigeria's ambassador.", set()),
    ("The opposition said the government would expel Togo's ambassador.", set()),
])
def test_the_speakers_own_government(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a demand naming nobody is made of whom its speaker told, called or wrote to
    ("Mahama told Gnassingbe that the attack was unacceptable and demanded an explanation.",
     {("John Mahama", "DEMAND", "Gnassingbe")}),
    ("Mahama wrote to Togo and demanded an apology.", {("John Mahama", "DEMAND", "Togo")}),
    # controls: one met is not addressed by the demand; reporters are nobody
    ("Mahama met Togolese President Faure Gnassingbe and demanded an apology.",
     {("John Mahama", "CONSULT", "Faure Gnassingbe")}),
    ("Mahama told reporters that the attack was unacceptable and demanded an explanation.", set()),
    # a deal the two agreed in, brokered by a third, was mediated by it
    ("Ghana and Togo agreed to restore relations, in a deal brokered by Nigeria.",
     {("Ghana", "AGREE", "Togo"), ("Togo", "AGREE", "Ghana"), ("Nigeria", "CONSULT", "Ghana"),
      ("Nigeria", "CONSULT", "Togo")}),
    ("Ghana and Togo agreed to cooperate, in a plan backed by Nigeria.",
     {("Ghana", "AGREE", "Togo"), ("Togo", "AGREE", "Ghana")}),
])
def test_demands_of_whom_was_addressed_and_deals_brokered(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an act stopped, or done no longer, is ended: aid cut, talks halted
    ("Ghana stopped sending weapons to Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana is no longer sending weapons to Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana stopped talking to Togo.", {("Ghana", "SANCTION", "Togo")}),
    # an end announced refuses, as "would not" does
    ("Ghana said it would stop sending weapons to Togo.", {("Ghana", "REJECT", "Togo")}),
    # controls: an attack stopped is no act against anybody; not stopping is nothing new
    ("Ghana stopped attacking Togo.", set()),
    ("Ghana did not stop sending weapons to Togo.", set()),
    # a measure kept in force is imposed; kept in future, it threatens nothing new
    ("Ghana kept its ban on Togolese goods in place.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana maintained sanctions on Togo.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana said it would keep its tariffs on Togolese goods while talks continue.", set()),
    ("Ghana said it would impose sanctions on Togo.", {("Ghana", "THREATEN", "Togo")}),
])
def test_acts_stopped_and_measures_kept(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the three countries" are states, never a bloc named beside them
    ("Ghana, Togo and Benin kept their bans in place despite a ruling by ECOWAS. Nigeria "
     "criticised the three countries.",
     {("Nigeria", "DISAPPROVE", "Ghana"), ("Nigeria", "DISAPPROVE", "Togo"),
      ("Nigeria", "DISAPPROVE", "Benin")}),
    # control: "both sides" may be a bloc
    ("Ghana and the EU signed a deal. Togo criticised both sides.",
     {("Ghana", "SUPPORT", "EU"), ("EU", "SUPPORT", "Ghana"), ("Togo", "DISAPPROVE", "Ghana"),
      ("Togo", "DISAPPROVE", "EU")}),
    # interference opposed is aimed at who interferes, not at whose affairs they are
    ("Ghana opposed any outside interference in Togo's internal affairs.", set()),
    ("Ghana opposed Togolese interference in its affairs.", {("Ghana", "REJECT", "Togo")}),
    # a broken promise, said of another, charges it
    ("Mahama said Togo had broken its promise to withdraw.",
     {("John Mahama", "DISAPPROVE", "Togo")}),
    ("Ghana broke its promise to Togo.", set()),
])
def test_countries_interference_and_broken_promises(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an ambassador recalled "to" a state, as the parser may hang it, served there
    ("Ghana recalled its ambassador to Brazil on Wednesday.", {("Ghana", "SANCTION", "Brazil")}),
    ("Ghana recalled its ambassador to Accra for consultations.", set()),
    # a withdrawal from a bloc cuts relations with it, as withdrawing from it does
    ("Ghana announced its withdrawal from ECOWAS.", {("Ghana", "SANCTION", "ECOWAS")}),
    ("Ghana completed its withdrawal of troops from Togo.", {("Ghana", "RETREAT", "Togo")}),
    # an occasion owned by its visitor happened
    ("Ghana and Togo signed deals on Tuesday during Mahama's state visit to Lome.",
     {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana"),
      ("John Mahama", "CONSULT", "Togo")}),
    ("Ghana spoke before Mahama's visit to Lome.", set()),
])
def test_envoys_recalled_withdrawals_from_blocs_and_occasions(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a condemning label names a doer by its demonym too, never by whom it is "anti-"
    ("Ghana called the attack an act of Togolese terrorism.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana called the strikes a Togolese provocation.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana accused Togo of spying. Togolese Foreign Minister Robert Dussey called the "
     "accusations anti-Togolese propaganda.",
     {("Ghana", "DISAPPROVE", "Togo"), ("Robert Dussey", "DISAPPROVE", "Ghana")}),
    ("Ghana called the deal a Togolese triumph.", set()),
    # "it" after a deal is the deal, whose sides a third party judges
    ("Ghana and Togo signed a deal. Togo called the agreement historic, while Nigeria "
     "welcomed it.", {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana"),
                      ("Nigeria", "SUPPORT", "Ghana"), ("Nigeria", "SUPPORT", "Togo")}),
    ("Ghana attacked Togo. Nigeria condemned it.", {("Ghana", "FIGHT", "Togo")}),
    # the office of an office named, whoever holds it, is its state's
    ("Ghana's foreign minister's office criticised Togo.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("The minister's office criticised Togo.", set()),
])
def test_labels_naming_doers_deals_referred_to_and_offices_of_offices(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # water, waste or gas released frees nobody
    ("Ghana released treated water from the wrecked Lome plant into the ocean.", set()),
    ("Ghana released wastewater from Togolese factories.", set()),
    ("Ghana released the seized Togolese ship.", {("Ghana", "RETREAT", "Togo")}),
    # brutality is a deed condemned
    ("Mahama condemned Togo's brutality.", {("John Mahama", "DISAPPROVE", "Togo")}),
])
def test_discharges_are_no_release(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # suspects handed over are extradited; documents handed over are no aid
    ("Ghana handed over two suspects to Togo.", {("Ghana", "COOPERATE", "Togo")}),
    ("Ghana handed over its accession documents to Nigeria at a ceremony.", set()),
    ("Ghana handed over food aid to Togo.", {("Ghana", "AID", "Togo")}),
    # a visit by somebody, on whose occasion the host acted, was to the host
    ("Ghana upgraded its relations with Togo on Sunday during a visit by President Faure "
     "Gnassingbe.", {("Ghana", "SUPPORT", "Togo"), ("Faure Gnassingbe", "CONSULT", "Ghana")}),
    ("Ghana criticised Togo during a visit by Ghanaian President John Mahama.",
     {("Ghana", "DISAPPROVE", "Togo")}),
])
def test_things_handed_over_and_visits_by_others(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # envoys told to go are expelled, whatever verb tells them
    ("Ghana responded by asking Togo's ambassador in Accra to leave.",
     {("Ghana", "SANCTION", "Togo")}),
    ("Ghana told the Togolese envoy to leave the country.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana urged Togo's ambassador to go home.", {("Ghana", "SANCTION", "Togo")}),
    ("Ghana asked Togo's ambassador to go ahead with the talks.", {("Ghana", "DEMAND", "Togo")}),
    ("Ghana asked Togo's ambassador to stay.", {("Ghana", "DEMAND", "Togo")}),
    # a named envoy expelled: the envoy and the state he speaks for
    ("Ghana expelled Togo's ambassador, Kofi Abalo.",
     {("Ghana", "SANCTION", "Kofi Abalo"), ("Ghana", "SANCTION", "Togo")}),
    ("Ghana ordered Togo's ambassador Jean-Marie Gordon Abalo to leave the country within 48 "
     "hours.", {("Ghana", "SANCTION", "Jean-Marie Gordon Abalo"), ("Ghana", "SANCTION", "Togo")}),
    ("Ghana expelled the Togolese ambassador Kofi Abalo.",
     {("Ghana", "SANCTION", "Kofi Abalo"), ("Ghana", "SANCTION", "Togo")}),
    ("Ghana arrested Togo's ambassador Kofi Abalo.", {("Ghana", "COERCE", "Kofi Abalo")}),
    ("Ghana expelled Kofi Abalo, a Togolese trader.", {("Ghana", "SANCTION", "Kofi Abalo")}),
])
def test_envoys_told_to_go_and_named_envoys_expelled(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the receiver right after a verb of giving, however the parser hangs it
    ("Ghana gave Togo aid.", {("Ghana", "AID", "Togo")}),
    ("Ghana sent Togo weapons.", {("Ghana", "AID", "Togo")}),
    ("Ghana had already handed Togo an air defence system.", {("Ghana", "AID", "Togo")}),
    ("Mahama said Ghana would finish building a depot in Togo by July 1 and had already "
     "handed Lome an air defence system.", {("Ghana", "AID", "Togo")}),
    ("Ghana sent US weapons to Togo.", {("Ghana", "AID", "Togo")}),
    ("Ghana gave the Togo talks a chance.", set()),
    ("Ghana tested a new missile system.", set()),
    # a conjunct with an auxiliary of its own has its own mood
    ("Ghana could attack Togo and has threatened Benin.", {("Ghana", "THREATEN", "Benin")}),
    ("Ghana will meet Togo and sign a deal with Benin.",
     {("Ghana", "AGREE", "Togo"), ("Ghana", "AGREE", "Benin")}),
])
def test_gifts_to_receivers_named_after_the_verb(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # forces or weapons stationed somewhere are deployed there; others are not
    ("Ghana will station troops in Togo.", {("Ghana", "THREATEN", "Togo")}),
    ("Ghana stationed troops in Togo and Benin.",
     {("Ghana", "MOBILIZE", "Togo"), ("Ghana", "MOBILIZE", "Benin")}),
    ("Ghana stationed missiles near Togo.", {("Ghana", "MOBILIZE", "Togo")}),
    ("Ghana stationed a reporter in Lome.", set()),
    # troops said to be stationed somewhere are where they are: no deployment reported
    ("They discussed the cost of the 28,500 Ghanaian troops deployed in Togo.", set()),
    ("They discussed the cost of the Ghanaian troops stationed in Togo.", set()),
    ("The 500 Ghanaian troops deployed to Togo on Monday began patrols.",
     {("Ghana military", "MOBILIZE", "Togo")}),
    # a journey's "from" is where it began
    ("Mahama flew in from Togo on Monday.", set()),
    ("Mahama travelled from Accra to Togo.", {("John Mahama", "CONSULT", "Togo")}),
])
def test_forces_stationed_and_journeys_begun(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # weapons launched at or toward a place attack it; other things launched attack nobody
    ("Togo launched missiles at Ghana.", {("Togo", "FIGHT", "Ghana")}),
    ("Togo launched more than 100 drones toward Ghana in response.", {("Togo", "FIGHT", "Ghana")}),
    ("Ghana launched a satellite.", set()),
    ("Ghana has launched its Accra World initiative.", set()),
    ("Ghana launched talks with Togo.", {("Ghana", "CONSULT", "Togo")}),
    ("Ghana shot down Togolese drones.", {("Ghana", "FIGHT", "Togo military")}),
    # a facility named after somebody is a place, in the state it is in
    ("Togo launched missiles at the Al Tamar air base in Ghana on Monday.",
     {("Togo", "FIGHT", "Ghana")}),
    ("Togo struck the Al Tamar air base in Ghana.", {("Togo", "FIGHT", "Ghana")}),
    ("Kofi Annan met Mahama at the airport.", {("Kofi Annan", "CONSULT", "John Mahama")}),
    # a reaction calling somebody wronged answers the act done to them
    ("Ghana struck Togo's main base early on Friday. Togo launched more than 100 drones toward "
     "Ghana in response. Benin condemned the attack as a violation of Togo's sovereignty.",
     {("Ghana", "FIGHT", "Togo"), ("Togo", "FIGHT", "Ghana"), ("Benin", "DISAPPROVE", "Ghana")}),
    ("Ghana struck Togo's main base early on Friday. Togo shelled Ghana's border posts in "
     "response. Benin condemned the attack as a violation of Togo's sovereignty.",
     {("Ghana", "FIGHT", "Togo"), ("Togo", "FIGHT", "Ghana"), ("Benin", "DISAPPROVE", "Ghana")}),
    ("Ghana struck Togo's main base early on Friday. Togo launched more than 100 drones toward "
     "Ghana in response. Benin condemned the attack.",
     {("Ghana", "FIGHT", "Togo"), ("Togo", "FIGHT", "Ghana"), ("Benin", "DISAPPROVE", "Togo")}),
])
def test_weapons_launched_facilities_and_the_wronged(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "him" in a clause is never its subject: somebody who acted before, no mere owner
    ("Rebel chief Kofi Abalo ordered his fighters to turn back on Saturday as they advanced on "
     "Accra, after Togolese President Faure Gnassingbe brokered a deal with him to defuse the "
     "crisis.", {("Faure Gnassingbe", "CONSULT", "Kofi Abalo")}),
    ("Minister Kofi Abalo said the comments were at odds with John Mahama's prediction of a "
     "cut. But Kwame Mensah accused him of trying to score cheap points.",
     {("Kwame Mensah", "DISAPPROVE", "Kofi Abalo")}),
    ("Mahama said Togo had accused him of lying.", {("Togo", "DISAPPROVE", "John Mahama")}),
])
def test_object_pronouns_are_not_their_clause_subject(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a past tense the parser hangs on an infinitive is the subject's own second act
    ("Togolese Prime Minister Kofi Abalo accused Accra of trying to drag his country into "
     "hostilities and called on Ghanaian peacekeepers deployed in the region to intervene.",
     {("Kofi Abalo", "DISAPPROVE", "Ghana"), ("Kofi Abalo", "DEMAND", "Ghana military")}),
    ("Ghana accused Togo of planning to attack Benin and threatened Niger.",
     {("Ghana", "DISAPPROVE", "Togo"), ("Ghana", "THREATEN", "Niger")}),
    ("Ghana wants to meet Togo and sign a deal with Benin.",
     {("Ghana", "AGREE", "Togo"), ("Ghana", "AGREE", "Benin")}),
    # forces of a people named by a state's adjective are not the state's
    ("Ghana shelled positions of ethnic Togolese forces.", set()),
    ("Ghana shelled positions of Togolese forces.", {("Ghana", "FIGHT", "Togo military")}),
    # refusing what others would do to one names nobody it is aimed at
    ("Ghana welcomed the plan but rejected being treated as equal to Togo.", set()),
    ("Ghana refused to sign a deal with Togo.", {("Ghana", "REJECT", "Togo")}),
])
def test_second_acts_misattached_and_ethnic_forces(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # taking somebody to a court sues them; a case taken there names nobody
    ("Ghana took Togo to the International Court of Justice.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana took Togo to the ICC.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("Togo struck Ghana. Ghana said it would take the case to the International Court of "
     "Justice.", {("Togo", "FIGHT", "Ghana")}),
    ("Ghana took the dispute to the United Nations.", set()),
    ("Ghana took troops to the border with Togo.", set()),
    # a lawsuit is a step a later "the move" refers back to
    ("Ghana filed a lawsuit against Togo. Benin welcomed the move.",
     {("Ghana", "DISAPPROVE", "Togo"), ("Benin", "SUPPORT", "Ghana")}),
    ("Ghana criticised Togo. Benin welcomed the move.", {("Ghana", "DISAPPROVE", "Togo")}),
])
def test_cases_brought_before_a_court(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # who claims an attack made it; "the attack" is aimed as the one told just before
    ("The Kpando Brigades claimed responsibility for the bombing of the Ghanaian embassy.",
     {("Kpando Brigades", "ASSAULT", "Ghana")}),
    ("A drone attack on a small Ghanaian outpost in Togo killed three soldiers. The Kpando "
     "Brigades claimed the attack.", {("Kpando Brigades", "FIGHT", "Ghana")}),
    ("Ghana claimed victory in the talks.", set()),
    ("Ghana claimed the attack was staged by Togo.", set()),
    # working with another side counts as undertaken, not as a career told
    ("Benin said it would work with Ghana to secure the border.", {("Benin", "AGREE", "Ghana")}),
    ("Ghana is ready to work with Togo.", {("Ghana", "AGREE", "Togo")}),
    ("Mahama worked with Kufuor for years at the ministry.", set()),
    # an act won from its owner is the owner's
    ("Ghana had secured Togo's agreement for the deliveries.", {("Togo", "AGREE", "Ghana")}),
    ("Ghana won Togo's support.", {("Togo", "SUPPORT", "Ghana")}),
    ("Ghana secured Togo's release of the prisoners.", set()),
])
def test_attacks_claimed_work_undertaken_and_acts_won(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # arms sold to a state are military aid to it
    ("China imposed sanctions on Ghana in response to Washington's latest arms sales to Togo.",
     {("China", "SANCTION", "Ghana"), ("United States", "AID", "Togo")}),
    # a gerund the parser tags a noun is still the act a verb of aspect continues
    ("Ghana said it was ready to continue mediating between Togo and Benin.",
     {("Ghana", "AGREE", "Togo"), ("Ghana", "AGREE", "Benin")}),
    ("Ghana continued mediating between Togo and Benin.",
     {("Ghana", "CONSULT", "Togo"), ("Ghana", "CONSULT", "Benin")}),
    ("Ghana's move won backing from Togo.", set()),
    # a named department of a government is that of the state the sentence before was about
    ("Ghana imposed sanctions on Benin. The foreign ministry urged Benin to stop arming Togo.",
     {("Ghana", "SANCTION", "Benin"), ("Ghana", "DEMAND", "Benin")}),
    ("Ghana imposed sanctions on Togo. The government urged Benin to stop arming Togo.",
     {("Ghana", "SANCTION", "Togo")}),
])
def test_arms_sold_gerunds_continued_and_departments(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # joining a bloc cooperates with it; turning down an invitation to join it rejects it
    ("Ghana joined ECOWAS.", {("Ghana", "COOPERATE", "ECOWAS")}),
    ("Ghana joined the BRICS group.", {("Ghana", "COOPERATE", "BRICS")}),
    ("Ghana has been waiting for a decade to join ECOWAS.", {("Ghana", "AGREE", "ECOWAS")}),
    ("Ghana declined an invitation to join ECOWAS.", {("Ghana", "REJECT", "ECOWAS")}),
    ("Milei declined an invitation for his country to join the BRICS group of emerging "
     "economies, in letters sent to the leaders of Brazil and Russia.",
     {("Javier Milei", "REJECT", "BRICS")}),
    ("Ghana joined the protest.", set()),
    ("Ghana joined Togo in condemning the coup.", set()),
    ("Ghana left Brussels.", set()),
    # two sides joining up is no act of theirs that hides them from a reaction
    ("Mahama welcomed news that the Gates Foundation and Norway are joining up to fund Gavi.",
     {("John Mahama", "SUPPORT", "Gates Foundation"), ("John Mahama", "SUPPORT", "Norway")}),
])
def test_blocs_joined_and_invitations_declined(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # meeting or signing with the other side on its own ground is a visit to its state
    ("Hungarian Prime Minister Viktor Orban met Russian President Vladimir Putin in the Kremlin "
     "on Friday.", {("Viktor Orban", "CONSULT", "Vladimir Putin"),
                    ("Viktor Orban", "CONSULT", "Russia")}),
    ("Mahama met Gnassingbe in Geneva.", set()),
    ("Mahama met Togo's foreign minister in Lome.", {("John Mahama", "CONSULT", "Togo")}),
    ("Togolese President Faure Gnassingbe met Ghanaian President John Mahama in Lome.",
     {("Faure Gnassingbe", "CONSULT", "John Mahama"), ("John Mahama", "CONSULT", "Togo")}),
    ("Ghana and Togo signed a deal in Geneva.",
     {("Ghana", "SUPPORT", "Togo"), ("Togo", "SUPPORT", "Ghana")}),
    ("Polish Prime Minister Donald Tusk and Ukrainian President Volodymyr Zelenskiy signed a "
     "security agreement in Warsaw.", {("Donald Tusk", "SUPPORT", "Volodymyr Zelenskiy"),
                                       ("Volodymyr Zelenskiy", "SUPPORT", "Donald Tusk"),
                                       ("Volodymyr Zelenskiy", "CONSULT", "Poland")}),
])
def test_meetings_on_the_other_sides_ground(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # training another side's forces is military cooperation
    ("Ghana will train Togolese soldiers.", {("Ghana", "AGREE", "Togo military")}),
    ("Ghana trained Togolese police officers.", {("Ghana", "COOPERATE", "Togo police")}),
    ("Ghana trained doctors.", set()),
])
def test_forces_trained(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's name inside the name of a sea, a gulf or a strait names the water
    ("Ghana condemned Togo's conduct in the South China Sea.",
     {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana and Togo held naval drills in the Gulf of Guinea. The three countries will meet "
     "again.", {("Ghana", "COOPERATE", "Togo"), ("Togo", "COOPERATE", "Ghana")}),
    ("Togo sent warships to the Sea of Japan.", set()),
    ("Ghana sent warships to the Indian Ocean.", set()),
    ("Ghana sent warships to Japan.", {("Ghana", "MOBILIZE", "Japan")}),
    # a person's name opening an institution's name is the institution's
    ("Ghana sanctioned the Reagan Presidential Library.",
     {("Ghana", "SANCTION", "Reagan Presidential Library")}),
    ("Togo praised the Carter Center.", {("Togo", "SUPPORT", "Carter Center")}),
    ("Ghana praised Reagan.", {("Ghana", "SUPPORT", "Ronald Reagan")}),
    # a visit to a town is to its state when the visitor's state is known and the article
    # names the state visited; a campaign trail's towns are nobody
    ("The Netherlands praised Togo. Togolese President Faure Gnassingbe made a visit to an air "
     "base in Eindhoven.", {("Netherlands", "SUPPORT", "Togo"),
                            ("Faure Gnassingbe", "CONSULT", "Netherlands")}),
    ("Faure Gnassingbe made a visit to an air base in Eindhoven.", set()),
    ("Opposition leader Kofi Mensah visits Kumasi, Tamale and Shrewsbury this week.", set()),
    ("Ghanaian President John Mahama visited Kumasi on Monday.", set()),
    ("Ghanaian President John Mahama visited Shrewsbury.", set()),
    # a large city stands for its state unnamed; an acronym is no city
    ("Ghanaian and Togolese negotiators return to Geneva this week for talks.",
     {("Ghana", "CONSULT", "Switzerland"), ("Togo", "CONSULT", "Switzerland")}),
    ("Ghana will never return to the ERM.", set()),
])
def test_waters_namesakes_and_towns_visited(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "they" opening the sentence after a meeting is the meeting's sides
    ("Ghanaian President John Mahama met Togolese President Faure Gnassingbe in Geneva. They "
     "agreed to hold joint military exercises every year.",
     {("John Mahama", "CONSULT", "Faure Gnassingbe"),
      ("John Mahama", "AGREE", "Faure Gnassingbe"), ("Faure Gnassingbe", "AGREE", "John Mahama")}),
    ("Ghana's foreign minister held talks with Togo's foreign minister in Geneva. They signed a "
     "trade pact.", {("Ghana", "CONSULT", "Togo"), ("Ghana", "SUPPORT", "Togo"),
                     ("Togo", "SUPPORT", "Ghana")}),
    ("Mahama did not meet Gnassingbe in Geneva. They agreed to talk by phone.", set()),
    ("Ghanaian President John Mahama criticised Togolese President Faure Gnassingbe on Friday. "
     "They agreed to meet again.",
     {("John Mahama", "DISAPPROVE", "Faure Gnassingbe")}),
    ("Ghanaian President John Mahama met Togolese President Faure Gnassingbe in Geneva. "
     "Protesters gathered outside. They demanded jobs.",
     {("John Mahama", "CONSULT", "Faure Gnassingbe")}),
    # a pair that is its clause's subject is who "both countries" are, whoever else it names
    ("Ghana and Togo pledged on Sunday to give Benin jets, after Nigeria approved the "
     "transfers. Beninese President Patrice Talon thanked both countries.",
     {("Ghana", "AGREE", "Benin"), ("Togo", "AGREE", "Benin"),
      ("Patrice Talon", "SUPPORT", "Ghana"), ("Patrice Talon", "SUPPORT", "Togo")}),
    ("Ghanaian President John Mahama met Togolese President Faure Gnassingbe and Beninese "
     "President Patrice Talon in Geneva. Nigeria urged both sides to keep talking.",
     {("John Mahama", "CONSULT", "Faure Gnassingbe"), ("John Mahama", "CONSULT", "Patrice Talon")}),
    # the owner of an office may modify the title's first word, and "general" be an adjective
    ("The U.N. secretary-general said he would visit Togo.",
     {("Antonio Guterres", "AGREE", "Togo")}),
    ("Togo pulled out of the maritime pact on Monday. The U.N. secretary-general said he deeply "
     "regretted the decision.", {("Antonio Guterres", "DISAPPROVE", "Togo")}),
])
def test_meetings_sides_pairs_and_titles(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the label of a judged deed may hang on the object's last preposition; a plan, a claim
    # or a deed called anything is no phone call
    ("Ghana called Togo's pressure on Benin unacceptable.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana called Togo's plan for the Volta region unacceptable.", set()),
    ("Ghana called Togo's talks with the Beninese helpful.", {("Ghana", "SUPPORT", "Togo")}),
    ("Ghana called Togo's president on Monday.", {("Ghana", "CONSULT", "Togo")}),
    # forces sent near a side are shown to it; a side's forces near another are where they are
    ("Ghana sent warships and aircraft near Togo on Monday.", {("Ghana", "MOBILIZE", "Togo")}),
    ("Ghana sent troops to the border near Togo.", {("Ghana", "MOBILIZE", "Togo")}),
    ("Ghana's troops near Togo were on alert.", set()),
    # a body of no known kind that hosted a meeting is where it was held, not a side to it
    ("Ghanaian President John Mahama met Togolese President Faure Gnassingbe on Monday. Togo "
     "sanctioned the Reagan Presidential Library, which hosted the meeting.", {("John Mahama", "CONSULT", "Faure Gnassingbe"),
                             ("Togo", "SANCTION", "Reagan Presidential Library")}),
])
def test_labels_forces_near_and_venues(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a military intervention is an attack on where it goes; an intervention alone is not
    ("Nigeria threatened military intervention against Niger.",
     {("Nigeria", "THREATEN", "Niger")}),
    ("The military intervention in Niger by ECOWAS failed.", {("ECOWAS", "FIGHT", "Niger")}),
    ("The central bank's intervention in the currency market worked.", set()),
    # the one named may be parsed as a modifier of the label ("called [Xi] a dictator")
    ("Ghanaian President John Mahama met Chinese President Xi Jinping. Later Mahama called Xi "
     "a dictator.", {("John Mahama", "CONSULT", "Xi Jinping"),
                     ("John Mahama", "DISAPPROVE", "Xi Jinping")}),
    # "it" called a decision or a step is the step reported before, judged in its doer
    ("Togo closed the border on Monday. Ghana called it a bad decision.",
     {("Ghana", "DISAPPROVE", "Togo")}),
    ("Togo closed the border on Monday. Ghana called it a historic step.",
     {("Ghana", "SUPPORT", "Togo")}),
    ("Togo closed the border on Monday. Ghana hailed the move as a victory.",
     {("Ghana", "SUPPORT", "Togo")}),
    ("Ghana called it a bad decision.", set()),
    # a state's body and another side named as the subject pair are "both sides", past a
    # pair named with them (the brokers)
    ("Ghana's army and Boko Haram signed a ceasefire after talks brokered by Togo and Benin. "
     "Both sides accused each other of violating earlier truces.",
     {("Ghana military", "SUPPORT", "Boko Haram"), ("Boko Haram", "SUPPORT", "Ghana military"),
      ("Ghana military", "CONSULT", "Boko Haram"), ("Boko Haram", "CONSULT", "Ghana military"),
      ("Togo", "CONSULT", "Ghana military"), ("Togo", "CONSULT", "Boko Haram"),
      ("Benin", "CONSULT", "Ghana military"), ("Benin", "CONSULT", "Boko Haram"),
      ("Ghana", "DISAPPROVE", "Boko Haram"), ("Boko Haram", "DISAPPROVE", "Ghana")}),
    ("Ghana met Togo and Benin. Both countries accused Mali.",
     {("Ghana", "CONSULT", "Togo"), ("Ghana", "CONSULT", "Benin")}),
])
def test_interventions_labels_and_armies_as_sides(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a bloc's name on a group noun names the bloc, whatever the group is "of"
    ("The BRICS group of emerging economies invited Iran to join the bloc.",
     {("BRICS", "DEMAND", "Iran")}),
    ("The ECOWAS group of West African states invited Togo to join.",
     {("ECOWAS", "DEMAND", "Togo")}),
    ("A group of Ghanaian diplomats met Togo.", {("Ghana", "CONSULT", "Togo")}),
    # a deed with its doer may be parsed as a label before the label
    ("Ghana's foreign ministry called Togo's accusations baseless.",
     {("Ghana", "DISAPPROVE", "Togo")}),
    # ties sought closer are cooperation intended; ties alone are no act
    ("Ghana has sought closer ties with the European Union.", {("Ghana", "AGREE", "EU")}),
    ("Ghana sought stronger relations with Togo.", {("Ghana", "AGREE", "Togo")}),
    ("Ghana has close ties with Togo.", set()),
])
def test_bloc_groups_deeds_as_labels_and_ties_sought(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # retaliating for a deed is aimed at its doer; the deed is the reason, not a purpose
    ("Togo vowed to retaliate for Ghana's strike.", {("Togo", "THREATEN", "Ghana")}),
    ("Togo vowed to retaliate for a suspected Ghanaian strike on a border post.",
     {("Togo", "THREATEN", "Ghana")}),
    ("Togo vowed to retaliate against Ghana.", {("Togo", "THREATEN", "Ghana")}),
    ("Togo vowed to pay for the Ghanaian hospital.", {("Togo", "AGREE", "Ghana")}),
    # being or keeping in touch with another side is contact
    ("India said it was in touch with Tehran over the crew.", {("India", "CONSULT", "Iran")}),
    ("Ghana kept in touch with Togo.", {("Ghana", "CONSULT", "Togo")}),
    ("Ghana has lost touch with reality.", set()),
])
def test_retaliation_and_contact(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a counted plural is the pair named together, not members gathered from several sentences
    ("German Chancellor Olaf Scholz said Germany and Togo should deepen ties. Scholz urged "
     "Togo to use its influence on Benin. Togo said it was not a party to the dispute. The two "
     "governments agreed to cooperate on mining.",
     {("Olaf Scholz", "DEMAND", "Togo"), ("Germany", "AGREE", "Togo"),
      ("Togo", "AGREE", "Germany")}),
    # ... nor the pair that acts on it
    ("Ghana said it wanted peace. Togo said it wanted peace. Nigeria and Niger urged both "
     "countries to talk.", {("Nigeria", "DEMAND", "Ghana"), ("Nigeria", "DEMAND", "Togo"),
                            ("Niger", "DEMAND", "Ghana"), ("Niger", "DEMAND", "Togo")}),
    # a deed called null and void is condemned in its doer
    ("Ghana called Togo's election result null and void.", {("Ghana", "DISAPPROVE", "Togo")}),
    # a participle hung on what was said is the speaker's, when no actor is said to act there
    ("Egypt said on Tuesday that talks had failed, accusing Ethiopia of rejecting every "
     "compromise.", {("Egypt", "DISAPPROVE", "Ethiopia")}),
    ("Egypt said that Ethiopia had failed, accusing Sudan of rejecting every compromise.",
     {("Ethiopia", "DISAPPROVE", "Sudan")}),
])
def test_pairs_named_together_void_deals_and_speakers_participles(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a judgement whose label names the doer ("as a Togolese crime") is aimed at that doer
    ("Ghana condemned the strike as a Togolese crime.", {("Ghana", "DISAPPROVE", "Togo")}),
    ("Ghana condemned the strike as a crime.", set()),
    ("Ghana condemned the attack as a violation of Togo's sovereignty.", set()),
    ("Ghana condemned Togo as a rogue state.", {("Ghana", "DISAPPROVE", "Togo")}),
])
def test_judgements_whose_label_names_the_doer(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the rulers of several states are those states, each under its own name
    ("The military rulers of Mali, Burkina Faso and Niger signed a defence pact.",
     {("Mali", "SUPPORT", "Burkina Faso"), ("Mali", "SUPPORT", "Niger"),
      ("Burkina Faso", "SUPPORT", "Mali"), ("Burkina Faso", "SUPPORT", "Niger"),
      ("Niger", "SUPPORT", "Mali"), ("Niger", "SUPPORT", "Burkina Faso")}),
    # states named together are the "they" of the clause that follows
    ("Poland and Lithuania warned that they could close their borders with Belarus.",
     {("Poland", "THREATEN", "Belarus"), ("Lithuania", "THREATEN", "Belarus")}),
    # ... but not a "them" said of them ("let them fight")
    ("Trump compared Ghana and Togo to two boys fighting and said it might be better to let "
     "them fight for a while.", set()),
    # facilitating talks between others mediates them; facilitating trade is no act
    ("Norway facilitated the talks between Ghana and Togo.",
     {("Norway", "CONSULT", "Ghana"), ("Norway", "CONSULT", "Togo"),
      ("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana")}),
    ("Ghana facilitated trade with Togo.", set()),
])
def test_rulers_coordinated_they_and_facilitated_talks(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # two names joined by a hyphen before talks or a summit are its sides
    ("The Ghana-Togo summit was held in Accra.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana")}),
    ("Ghanaian-Togolese talks resumed in Geneva on Monday.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana")}),
    ("The EU's envoy for the Ghana-Togo dialogue urged calm.", set()),
    ("The Accra-Lome train was late.", set()),
    # a summit planned, cancelled or postponed did not take place
    ("The planned Ghana-Togo summit was cancelled.", set()),
    ("The summit between Ghana and Togo was postponed.", set()),
    ("The summit between Ghana and Togo ended in Accra.",
     {("Ghana", "CONSULT", "Togo"), ("Togo", "CONSULT", "Ghana")}),
])
def test_hyphen_pairs_and_meetings_called_off(extract, text, expected):
    assert dyads(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # appealing a ruling goes to a higher court; appealing to a side asks it
    ("Kenya said it would appeal the court's ruling.", set()),
    ("Kenya appealed the decision on Monday.", set()),
    ("A Kenyan court blocked the plan to send police to a U.N.-backed mission in Haiti. Kenya "
     "said it would appeal the decision.", set()),
    ("Kenya appealed to the UN for help.", {("Kenya", "DEMAND", "UN")}),
    # civilians travelling make no state visit
    ("Turkish tourists visited Greek islands.", set()),
    ("Ghanaian students visited Togo.", set()),
    ("Ghanaian President John Mahama visited Togo.", {("John Mahama", "CONSULT", "Togo")}),
])
def test_rulings_appealed_and_travellers(extract, text, expected):
    assert dyads(extract(text)) == expected
