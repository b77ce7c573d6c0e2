import type { StoryText } from './story.zh-TW';

/** The guided explanation in English. Typed by the zh-TW source, so a missing step or key fails to compile. */
export const storyEn: StoryText = {
  chapters: {
    summary: 'The 30-second summary',
    'why-early': 'Why facet joints wear out early',
    'lean-back': 'Why leaning back hurts',
    'telling-apart': 'Is it really facet pain?',
    treatment: 'Choosing a treatment',
    faq: 'Common questions',
    'red-flags': 'Warning signs: see a doctor now',
    conclusion: 'In closing',
    references: 'References',
  },
  steps: {
    welcome: {
      title: 'Pain when you lean back may come from the facet joints',
      body: 'Many people live with back pain for years while their scans only say "mild wear". If stretching, arching your back or standing for a long time brings the pain on, a common source is the small [[facet-L4-L5-left|facet joints]] at the back of the spine, not necessarily a disc. This guide walks you through it with a 3D model, one step at a time.',
      keyPoints: ['This guide is for education. It does not replace an examination by your doctor.', 'Tap an underlined name in the text and the model highlights that part.'],
    },
    'summary-symptoms': {
      title: 'Three things people commonly feel',
      body: 'Facet pain usually sits deep on both sides of the low back, and it is hard to press on one exact spot. It gets worse when you lean back or stand for a while. Mornings are stiff, and the back loosens up once you get moving.',
      keyPoints: ['A deep ache or catch on both sides', 'Worse leaning back or standing', 'Stiff on waking, better with movement'],
    },
    'summary-misdiagnosis': {
      title: 'Often mistaken for a slipped disc',
      body: 'When a bulging [[disc-L4-L5|disc]] presses on a [[nerve-L5-left|nerve]], pain and tingling often run down the leg to the calf or even the sole. Pain from a facet joint mostly stays above the knee. So "how far down does it go?" is the first clue that separates the two.',
    },
    'summary-hidden-drivers': {
      title: 'Two drivers that are easy to miss',
      body: 'The first is a weak [[multifidus-left|multifidus]] muscle that has shrunk and filled with fat, so the spine loses its close support. The second is an inborn lumbosacral transitional vertebra (LSTV): the lowest [[L5|lumbar vertebra]] is shaped differently, which changes how load passes through the low back. Both make the facet joints work harder.',
    },
    'summary-treatment-trend': {
      title: 'The direction of care: stabilise first, then repair',
      body: 'Steroid injections calm inflammation quickly, but the effect usually lasts from a few weeks to about three months. Recent studies ask whether regenerative injections such as PRP give longer relief; most are small and the evidence is still growing. Whatever injection you have, exercise is what makes the benefit last.',
    },
    'early-overview': {
      title: 'Worn out in your thirties? Three drivers',
      body: 'Early facet wear rarely has a single cause. An inborn difference in shape spreads the load unevenly; chemicals released inside an inflamed joint turn up the pain; and a joint that has loosened wears faster still. Each one feeds the others in a vicious circle.',
      keyPoints: ['Differences in structure', 'Inflammation that amplifies pain', 'A cycle of instability and wear'],
    },
    lstv: {
      title: 'Lumbosacral transitional vertebra (LSTV)',
      body: 'In some people the lowest lumbar vertebra looks partly like the sacrum, or the top of the sacrum looks like a lumbar vertebra. This is called a lumbosacral transitional vertebra. You are born with it; it is not an injury. Depending on the definition and the imaging used, roughly 4% to 30% of people have one. Most never notice, but it changes how load is shared in the low back.',
    },
    bertolotti: {
      title: 'Bertolotti syndrome',
      body: 'When the [[L5|transverse process]] of the fifth lumbar vertebra is very large, it can press against the [[sacrum|sacrum]] and form a "false joint", or even fuse with it. That false joint, and the disc and facet joints one level up, can all become sources of pain. Doctors call this Bertolotti syndrome, and it is not rare in younger people with back pain.',
      keyPoints: ['In a review of 769 back-pain MRI scans, about 4.6% fitted this syndrome, and about 11.4% of those under 30.'],
    },
    'iliolumbar-ligament': {
      title: 'A weaker iliolumbar ligament',
      body: 'The [[iliolumbar-ligament-left|iliolumbar ligament]] runs from the fifth lumbar vertebra to the pelvis and holds the low back steady, like a guy rope on a tent. Anatomy studies found that with a transitional vertebra, this ligament is thinner and weaker at the level above it, and that level moves more. With a slack rope, the [[facet-L4-L5-left|facet joints]] take over the work and tire sooner.',
    },
    inflammation: {
      title: 'Not just wear: inflammation turns up the pain',
      body: 'Many people think pain only comes from a bone spur scraping. In fact, chemicals released by an inflamed joint make the nerve endings in the [[facet-L4-L5-left-capsule|joint capsule]] very sensitive. Then even rolling over in bed can feel like an electric shock. That is why calming inflammation and easing the load on the joint both help.',
    },
    'cascade-dysfunction': {
      title: 'Stage one of wear: dysfunction',
      body: 'At first the joint lining becomes inflamed and the surface of the [[facet-L4-L5-left-cartilage-upper|cartilage]] starts to fray, so the joint moves roughly and may catch. Small tears can appear in the disc at the same time. At this stage, rest and exercise often still help.',
    },
    'cascade-instability': {
      title: 'Stage two: instability',
      body: 'As the cartilage thins and the [[facet-L4-L5-left-capsule|joint capsule]] slackens, this level of the spine moves further than it should. The muscles around it tighten by reflex to protect it, so the back feels tight and sore. The disc usually starts to flatten during this stage too.',
    },
    'cascade-stabilisation': {
      title: 'Stage three: bone spurs for stability',
      body: 'Later, the body grows bone spurs at the edges of the [[facet-L4-L5-left|joint]], which stiffen the level and make it steadier. The price is that spurs and a thickened joint can narrow the passage for the [[nerve-L4-left|nerve]] and press on it. This takes many years, and not everyone reaches this stage.',
    },
    'lean-back-intro': {
      title: 'Leaning back squeezes the facet joints',
      body: 'When you lean back, the back parts of two neighbouring vertebrae move closer together and the surfaces of the [[facet-L4-L5-left|facet joint]] press harder. Laboratory studies found that the further you lean back, and the flatter the disc, the higher the pressure on the facets. That is why a big stretch or standing with your back arched can hurt.',
    },
    'three-joint-complex': {
      title: 'The three-joint complex: a tripod',
      body: 'Each level of the spine is held steady by three joints: the [[disc-L4-L5|disc]] at the front, and the [[facet-L4-L5-left|left]] and [[facet-L4-L5-right|right]] facet joints at the back. The disc is a shock absorber that carries most of the weight; the two facets interlock like a pair of latches and steer the movement. If one leg of the tripod fails, the other two carry more.',
    },
    'cartilage-and-capsule': {
      title: 'A facet is a true joint',
      body: 'Like the knee, a facet is a synovial joint. The touching bone surfaces are covered with [[facet-L4-L5-left-cartilage-upper|cartilage]], the joint is wrapped in a [[facet-L4-L5-left-capsule|capsule]], and fluid inside keeps it slippery. When cartilage thins, bone rubs on bone; the capsule is full of pain-sensing nerves, so inflammation there hurts a lot.',
    },
    meniscoid: {
      title: 'Meniscoid folds: small pads that can get pinched',
      body: 'At the top and bottom corners of the capsule, a small soft flap reaches into the joint. These are the [[facet-L4-L5-left-meniscoid|meniscoid folds]], and they normally fill the gaps in the joint. They are thought to get caught between the bones during a sudden movement, causing a sharp pain that locks the back.',
    },
    'medial-branch': {
      title: 'Two nerves for every joint',
      body: 'Feeling in a facet joint is carried by the medial branches of the spinal nerves, and each joint gets two: one from its own level and one from the level above. The L4-L5 joint, for example, is supplied by the [[medial-branch-L3-left|L3 medial branch]] and the [[medial-branch-L4-left|L4 medial branch]]. Because the signals overlap, the pain is hard to pin to one level and tends to spread.',
    },
    'facet-three-jobs': {
      title: 'The three jobs of a facet joint',
      body: 'Seen from above, the surfaces of a [[facet-L4-L5-left|facet joint]] look like two interlocking rails that decide how the level can move. They let you bend forward and back, but block too much twisting, which protects the disc. When you stand or lift, the vertebra above tends to slide forward, and the facets hook it from behind.',
      keyPoints: ['Guide bending forward and back', 'Block excessive twisting', 'Stop forward slipping'],
    },
    'disc-flattening': {
      title: 'A flatter disc shifts weight backwards',
      body: 'When a [[disc-L4-L5|disc]] loses water and height, the vertebrae come closer and weight moves back onto the facet joints. In laboratory tests the facets carried only a small share of the load with a healthy disc, but up to about 40% when standing with a badly worn disc. Overload over the years leads to inflammation, wear and, in the end, bone spurs.',
    },
    'three-clues': {
      title: 'Three quick clues',
      body: 'Three questions can point you in the right direction. The answers are only clues; a doctor still needs to examine you.',
      keyPoints: [
        'Does the pain go past the knee? Facet pain mostly stays above it; a pinched nerve often sends pain to the calf or foot.',
        'Does hugging your knees or bending forward ease it? Facet pain often eases; a disc problem may get worse.',
        'Any numbness, electric feelings or a weak leg? These nerve signs mean the nerve roots should be checked first.',
      ],
    },
    'typical-symptoms': {
      title: 'The usual pattern',
      body: 'The sore spot is usually deep beside the spine, not in the middle. Leaning back, standing for long or pushing your chest out makes it worse. It is stiffest when you get up, eases after 15 to 30 minutes of moving about, and returns in the evening when you are tired.',
    },
    'referred-pain': {
      title: 'Referred pain: it can spread to the buttock and thigh',
      body: 'Facet pain often spreads to the buttock and the back or outer thigh, sometimes to the groin, but rarely past the knee. The areas from different levels overlap a great deal, so the location of the pain alone cannot tell which level is the cause.',
    },
    'flexion-relief': {
      title: 'Why hugging your knees feels better',
      body: 'When you bend forward, the surfaces of the facet joints ease apart and the pressure drops a lot. Laboratory work showed the facets carry almost no load when sitting slightly bent. With a disc bulge it is the other way round: bending raises the pressure in the disc and often hurts more.',
    },
    'differential-table': {
      title: 'Four common kinds of back pain compared',
      body: 'Besides the facets, low back pain can come from a [[disc-L5-S1|disc]], the [[ilium-left|sacroiliac joint]] or the muscles and their coverings. The table below sets out the usual features of each. Real patients often have a mix, so the table is a thinking aid, not a diagnosis.',
    },
    'diagnostic-block': {
      title: 'Diagnostic block: finding the source with a numbing injection',
      body: 'Wear on a scan does not prove that is where the pain comes from. Guided by X-ray or ultrasound, a doctor can place a little local anaesthetic next to the [[medial-branch-L4-left|medial branch]] that supplies the suspect joint. If the pain drops by half or more soon afterwards, and a movement that hurt before is now possible, that joint is likely the source.',
    },
    'block-two-tests': {
      title: 'Why the test is done twice',
      body: 'After a single block, a placebo effect or a passing good spell can make the result look positive. In a study of 176 patients, about 38% of single blocks were false positives. So the careful approach repeats the test on another day with an anaesthetic that lasts a different length of time, and only two positive results confirm it.',
    },
    'conservative-care': {
      title: 'Lay the foundation: everyday care',
      body: 'The first step is usually conservative care. Avoid holding one position for long, especially standing with your back arched. Core training is not about visible stomach muscles; it means waking up the deep muscles that hug the spine. Losing some weight also lowers the load on the low back.',
      keyPoints: ['Change position often; do not hold an arched back', 'Train the deep stabilising muscles, not just the abs', 'Manage your weight to ease the load'],
    },
    multifidus: {
      title: 'Multifidus: the spine’s close bodyguard',
      body: 'The [[multifidus-left|multifidus]] lies right against the back of the spine and steadies each joint, level by level. In people with long-standing back pain it often shrinks and fills with fat. A Danish MRI study linked severe fat in this muscle with back pain in adults; that is a link, not proof of cause.',
    },
    steroid: {
      title: 'Steroid injection: putting out the fire',
      body: 'A steroid is a strong anti-inflammatory medicine. Injected into or beside the [[facet-L4-L5-left-capsule|facet joint]], it usually calms inflammation within days. The effect tends to be short, though: in one randomised trial the steroid group did well at one month but clearly worse by six months. An older trial found no difference between steroid and salt water at three months. Repeated doses may affect bone and blood sugar, so a steroid works best as a short bridge during a flare.',
    },
    radiofrequency: {
      title: 'Radiofrequency ablation: switching off the pain signal',
      body: 'Radiofrequency ablation heats an electrode to stop the [[medial-branch-L4-left|medial branch]] carrying pain from the facet joint for a while. It does not repair the joint; it only reduces the pain signal. It is usually offered to people whose diagnostic block worked. Relief often lasts about 6 to 12 months, and the pain may return when the nerve grows back.',
      keyPoints: ['Among patients selected by two blocks before ablation, about 64% met the success target at three months.'],
    },
    prolotherapy: {
      title: 'Prolotherapy: strengthening ligaments',
      body: 'Prolotherapy injects concentrated sugar solution where ligaments attach, setting off a mild repair response that aims to make them stronger. For people with a transitional vertebra the usual target is the [[iliolumbar-ligament-left|iliolumbar ligament]]. Evidence is limited: in one small study of 22 people, pain improved more than with physiotherapy at four weeks, but the injections went into the ligament and false joint, not the facet joints.',
      keyPoints: ['Reviews suggest it may help, but the studies are of low quality.', 'The 2025 systematic review cited by the article could not be found to check.'],
    },
    prp: {
      title: 'PRP: platelet-rich plasma',
      body: 'For PRP, a little of your own blood is spun to collect the platelet-rich part, which is then injected into the [[facet-L4-L5-left|joint]]. Platelets carry growth factors that are thought to calm inflammation and help tissue repair. It works more slowly than a steroid, but some studies saw the benefit last longer.',
      keyPoints: [
        'A study of 19 people with no comparison group: about 8 in 10 rated the result good or excellent at 1 to 3 months.',
        'A non-randomised study of 78 people: from week 6 to one year, the PRP group improved more than the anaesthetic group.',
        'A triple-blind trial of 50 people exists, but we have not verified its results, so we do not quote them.',
      ],
    },
    amuc: {
      title: 'Amniotic membrane / umbilical cord matrix (AMUC)',
      body: 'This material comes from donated placental tissue and contains connective-tissue matrix and anti-inflammatory substances. There is very little research: in one retrospective study of 52 people, the average pain score fell from about 4.9 to 2.8, but there was no comparison group, follow-up was only about ten weeks, and the patients had a mix of spine problems, not only facet pain. It remains a poorly tested option to discuss carefully with your doctor.',
    },
    'decision-matrix': {
      title: 'Four injections side by side',
      body: 'Before choosing an injection, decide on the goal: quick relief, or stability and longer-term improvement. The table compares the goal, how fast it works, how long it lasts, the strength of evidence and the side effects. The times are rough ranges; every person responds differently.',
    },
    'advice-acute': {
      title: 'During a flare: bring the pain down first',
      body: 'If pain stops you sleeping or turning over in bed, a doctor may suggest a single steroid injection or a nerve block so that you can move again. This is a short bridge, not a long-term plan. Once the pain settles, it is time to start training.',
    },
    'advice-chronic': {
      title: 'After the flare and long-term: matching care to you',
      body: 'When facet pain is confirmed and you want lasting improvement, some doctors consider PRP, though high-quality evidence is still scarce. With a transitional vertebra or lax ligaments, prolotherapy to the [[iliolumbar-ligament-left|iliolumbar ligament]] can be discussed as an add-on. For older people, severe wear or a poor response to PRP, some doctors consider amniotic matrix, which has even less evidence.',
    },
    'training-after-injection': {
      title: 'After the injection, rebuild the multifidus',
      body: 'An injection can only improve the conditions inside the joint; it is muscle that holds the spine up. After any injection, start core training with a therapist, and above all learn to switch on the [[multifidus-left|multifidus]]. Skipping this is like repairing the foundation but never setting the pillars, and the benefit fades.',
    },
    'faq-surgery': {
      title: 'Do worn facet joints always need surgery?',
      body: 'Most people never need an operation. Surgery is considered only when bone spurs press hard on a [[nerve-L4-left|nerve]], causing leg weakness, muscle wasting or bladder and bowel problems. Most people keep symptoms at a level they can live with through exercise and daily habits, adding an image-guided injection if needed.',
    },
    'faq-prp-works': {
      title: 'Does PRP really work? Why do some say it failed?',
      body: 'Some studies saw PRP help for six months to a year, but most were small. When it seems to fail, there are three usual reasons: the pain was not coming from the facet joint, the injection missed its target, or the treatment plan did not suit the degree of wear.',
      keyPoints: ['Confirm the pain source with a diagnostic block', 'Have the injection guided by ultrasound or X-ray', 'Discuss the preparation and number of sessions with your doctor'],
    },
    'faq-bone-spurs': {
      title: 'Will my bone spurs disappear after treatment?',
      body: 'Usually not. Bone spurs grow because the body is trying to steady the joint. Treatment aims to reduce inflammation and make the joint more stable; the spurs may stay, yet hurt far less.',
    },
    'faq-lstv-hope': {
      title: 'Is a transitional vertebra a lost cause?',
      body: 'No. A transitional vertebra is a difference you were born with, not a verdict. You may need core training and care of your [[iliolumbar-ligament-left|ligaments]] more than most people. With the right exercise, and treatment when needed, many people keep their symptoms under control.',
    },
    'faq-lean-back-always-facet': {
      title: 'If leaning back hurts, is it always the facets?',
      body: 'Not always. Some [[disc-L4-L5|disc]] problems, a narrowed spinal canal or tight back muscles can also hurt when you lean back. A narrowed canal typically makes the legs ache or tingle after standing or walking for a while, and sitting down eases it. So look at the whole pattern together with the comparison table.',
    },
    'faq-facet-vs-disc': {
      title: 'What is the simplest way to tell facet pain from a slipped disc?',
      body: 'Check three things: how far the pain spreads, how bending feels, and what the pain is like. Facet pain mostly stays above the knee, eases when you hug your knees, and feels like a deep ache or catch. A slipped disc pressing on a [[nerve-L5-left|nerve]] often reaches the calf or foot, hurts more when bending, and brings numbness, electric or stabbing pain.',
    },
    'red-flags': {
      title: 'See a doctor straight away if…',
      body: 'Most low back pain is not dangerous, but a few signs can mean a trapped nerve, infection, fracture or tumour. If you notice any of the signs below, do not wait and see: get medical help promptly or go to an emergency department. The red "Warning signs" button on the panel opens this list at any time.',
    },
    conclusion: {
      title: 'Wear is a reminder, not a verdict',
      body: 'Facet wear is your body saying that the joints, ligaments and deep muscles at the back of the spine are overworked. A sensible order is: find the real source of the pain, then choose a treatment with your doctor, and finally keep the gains with exercise. Planning this with a doctor experienced in musculoskeletal ultrasound and spinal pain can give you peace of mind.',
      keyPoints: ['Confirm the source', 'Choose the treatment', 'Keep the gains with exercise'],
    },
    references: {
      title: 'References',
      body: 'These are the studies this guide relies on. Each one shows its design and size so you can judge how strong the evidence is. Some bibliographic details were recalled from memory and are marked "to be checked".',
    },
  },
};
