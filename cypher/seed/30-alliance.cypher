// Doc 000: the Worcester Cares alliance, its purpose and every principle it states.
// Principle.text is the document's own wording; Principle.name is a short handle.

// An 'alliance of the willing' of voluntary organisations: kind 'alliance', global key.
// The document names none of its members, so no MEMBER_OF edges are drawn here.
// Its role 'Support the City Council in its statutory responsibilities' (line 18) has
// no relationship in the model; it is kept in the description, not forced into
// MEMBER_OF or PART_OF. Proposal for MODEL.md: (Organisation)-[:SUPPORTS]->(Organisation).
MATCH (d000:Source {key: 'source:worcester-cares-working-with-other-charities'}),
      (plan:Source {key: 'source:worcester-homelessness-action-plan'})
MERGE (n:Party {key: 'org:worcester-cares'})
SET n:Organisation,
    n += {
      name: 'Worcester Cares',
      kind: 'alliance',
      aliases: ['Worcester Cares alliance'],
      description: 'An ‘alliance of the willing’ working together to make Worcester ‘a city where homelessness is rare, brief and seldom re-occurring’. Its unifying purpose is to make Worcester a safe and prosperous City for everyone where communities are resilient and people matter; Homelessness is rare, brief and non-recurring and where the vulnerable are protected. Its role: enable people to fulfil their potential by resolving underlying issues and causes (homelessness, substance misuse, offending, mental health, risk of exploitation); provide support so people become inter-dependent not dependent citizens and step down from services; support people to achieve their goals through an honest relationship; support the City Council in its statutory responsibilities in relation to homelessness and Health and Well Being.'
    }
MERGE (n)-[f1:FROM {locator: 'Working with Other Charities (lines 3-5)'}]->(d000) SET f1.source = d000.key
MERGE (n)-[f2:FROM {locator: 'Our Alliance (lines 7-18)'}]->(d000) SET f2.source = d000.key
MERGE (n)-[f3:FROM {locator: 'row 4'}]->(plan) SET f3.source = plan.key
MERGE (n)-[f4:FROM {locator: 'row 18'}]->(plan) SET f4.source = plan.key;

// The seven bullets under 'Our Principles > Working together', the two headed
// principles, and the four principles stated in the closing paragraph (line 43),
// which has no heading of its own: one Principle per distinct commitment there.
MATCH (d000:Source {key: 'source:worcester-cares-working-with-other-charities'}),
      (wc:Party {key: 'org:worcester-cares'})
UNWIND [
  {slug: 'unanimous-value-based-decisions', name: 'Unanimous, value-based decisions',
   locator: 'Our Principles, Working together, bullet 1 (line 26)',
   text: 'Commit to unanimous, principled and value based decision making on all key issues.'},
  {slug: 'consult-widely', name: 'Consult widely, operate as a system',
   locator: 'Our Principles, Working together, bullet 2 (line 27)',
   text: 'Consult widely where changes to our own or others services or new services are considered necessary in order that services operate cooperatively as ‘a system’.'},
  {slug: 'no-fault-no-blame', name: 'No fault, no blame',
   locator: 'Our Principles, Working together, bullet 3 (line 28)',
   text: 'Adopt a culture of ‘no fault, no blame’ between partners and seek to avoid disputes.'},
  {slug: 'abundantly-generous', name: 'Abundantly generous, deep collaboration',
   locator: 'Our Principles, Working together, bullet 4 (line 29)',
   text: 'Be abundantly generous in word and deed, always encourage, support and foster a culture of deep collaboration and mutual respect.'},
  {slug: 'best-for-person', name: 'Best for person',
   locator: 'Our Principles, Working together, bullet 5 (line 30)',
   text: 'To make decisions on Best for Person basis not best for worker or best for organisation or service.'},
  {slug: 'appropriate-language', name: 'Appropriate language',
   locator: 'Our Principles, Working together, bullet 6 (line 31)',
   text: 'Use the appropriate language to describe the people we help.'},
  {slug: 'information-sharing-confidentiality-and-safeguarding', name: 'Information sharing, confidentiality and safeguarding protocols',
   locator: 'Our Principles, Working together, bullet 7 (line 32)',
   text: 'Adopt the protocols on information sharing, confidentiality and safeguarding.'},
  {slug: 'be-connected', name: 'Be connected',
   locator: 'Our Principles, Be connected (line 36)',
   text: 'Everything we do acknowledges that everyone is a citizen and we will work to enable them to make a positive contribution to their community. We focus on the needs of the person and we connect to meet those needs.'},
  {slug: 'asset-and-strength-based', name: 'Asset and strength-based',
   locator: 'Our Principles, Asset and strength-based (line 40)',
   text: 'We look for opportunities even in adversity and believe all people have the ability and competence to achieve great things. We focus on skills and assets rather than deficits and barriers and we invest in the energy and enthusiasm of people.'},
  {slug: 'the-person-using-the-system-is-in-control', name: 'The person using the system is in control',
   locator: 'Our Principles, closing paragraph, sentences 1-3 (line 43)',
   text: 'The person using the system is in control. This is not just about choice but enabling them to understand they have agency to determine their own future. We always recognise people’s perspectives on the value held in their relationships and networks'},
  // The principle the no-lived-experience rule checks the plan against.
  {slug: 'involve-people-with-lived-experience', name: 'Involve people with lived experience',
   locator: 'Our Principles, closing paragraph, sentence 3 (line 43)',
   text: 'we involve people with lived experience and people delivering the system in the on-going development of the system.'},
  {slug: 'intelligence-led-and-data-driven', name: 'Intelligence-led and data driven',
   locator: 'Our Principles, closing paragraph, sentence 4 (line 43)',
   text: 'We are intelligence-led, data driven and measure the difference we make and will intervene early where possible'},
  {slug: 'safeguarding-is-everyone-s-business', name: 'Safeguarding is everyone’s business',
   locator: 'Our Principles, closing paragraph, sentence 4 (line 43)',
   text: 'recognise the safeguarding of the vulnerable is everyone’s business.'}
] AS p
MERGE (n:Principle {key: 'principle:worcester-cares/' + p.slug})
SET n += {name: p.name, text: p.text}
MERGE (n)-[f:FROM {locator: p.locator}]->(d000) SET f.source = d000.key
MERGE (wc)-[c:COMMITS_TO]->(n)
SET c += {source: d000.key, locator: p.locator};
