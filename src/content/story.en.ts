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
      title: 'Lumbar facet joint syndrome: pain when you lean back',
      body: 'Your doctor may call this lumbar facet joint syndrome: wear and irritation of the small joints at the back of the spine. Many people live with back pain for years while their scans only say "mild wear". If stretching, arching your back or standing for long brings the pain on, the source may be the small [[facet-L4-L5-left|facet joints]], not necessarily a disc. This guide walks you through it with a 3D model, one step at a time.',
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
      body: 'The first is a [[multifidus-left|multifidus]] muscle that has shrunk and filled with fat. The second is an inborn lumbosacral transitional vertebra (LSTV): the lowest [[L5|lumbar vertebra]] is shaped differently from most people\'s. Studies link both with low back pain. They may make the facet joints carry more, but it is not proven that they cause the pain.',
    },
    'summary-treatment-trend': {
      title: 'The direction of care: find the source, then choose',
      body: 'Steroid injections calm inflammation, but in randomised trials the effect mostly fades within a few months. Radiofrequency ablation switches off the nerve that carries the pain for a while, and it has more evidence than the other injections. Studies of regenerative injections such as PRP are mostly small, and the evidence is still growing. Whatever you choose, exercise is part of it.',
    },
    'early-overview': {
      title: 'Worn out in your thirties? Three drivers',
      body: 'Early facet wear rarely has a single cause. An inborn difference in shape may spread the load unevenly. Chemicals released inside an inflamed joint turn up the pain. And a joint that has loosened may wear faster still.',
      keyPoints: ['Differences in structure', 'Inflammation that amplifies pain', 'A cycle of instability and wear'],
    },
    lstv: {
      title: 'Lumbosacral transitional vertebra (LSTV)',
      body: 'In some people the lowest lumbar vertebra looks partly like the sacrum, or the top of the sacrum looks like a lumbar vertebra. This is called a lumbosacral transitional vertebra. You are born with it; it is not an injury. A review puts it at roughly 4% to 30% of people, depending on the definition and the imaging. Most people never notice it.',
      keyPoints: ['In a study of 4,636 people, about 18% had a transitional vertebra.', 'Types II and IV were the ones more often linked with back pain.'],
    },
    bertolotti: {
      title: 'Bertolotti syndrome',
      body: 'When the [[L5|transverse process]] of the fifth lumbar vertebra is very large, it can press against the [[sacrum|sacrum]] and form a "false joint", or even fuse with it. That false joint, and the disc and facet joints one level up, can all become sources of pain. Doctors call this Bertolotti syndrome.',
      keyPoints: ['In a review of the MRI scans of 769 people with back pain, about 4.6% fitted this syndrome.', 'Among those under 30, about 11.4% did.'],
    },
    'iliolumbar-ligament': {
      title: 'A weaker iliolumbar ligament',
      body: 'The [[iliolumbar-ligament-left|iliolumbar ligament]] runs from the fifth lumbar vertebra to the pelvis, like a guy rope on a tent. A study of 70 cadavers found this ligament thinner and weaker at the level above a transitional vertebra. The researchers suggest that level may be less stable as a result. With a slack rope, the [[facet-L4-L5-left|facet joints]] may have to work harder.',
    },
    inflammation: {
      title: 'Not just wear: inflammation turns up the pain',
      body: 'Many people think pain only comes from a bone spur scraping. In fact, chemicals released by an inflamed joint make the nerve endings in the [[facet-L4-L5-left-capsule|joint capsule]] very sensitive. Then even rolling over in bed can feel like an electric shock. That is why calming inflammation and easing the load on the joint may both help.',
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
      body: 'When you lean back, the back parts of two neighbouring vertebrae move closer together and the [[facet-L4-L5-left|facet joint]] surfaces press harder. A cadaver experiment on 12 pairs of facet joints found that the further you lean back, and the flatter the disc, the higher the pressure. That may explain why a big stretch or standing with your back arched can hurt.',
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
      body: 'Feeling in a facet joint is carried by the "medial branches" of the spinal nerves. A cadaver dissection study found that each joint gets two: one from its own level and one from the level above. The L4-L5 joint, for example, is supplied by the [[medial-branch-L3-left|L3 medial branch]] and the [[medial-branch-L4-left|L4 medial branch]]. That is why the pain is hard to pin to one level.',
    },
    'facet-three-jobs': {
      title: 'The three jobs of a facet joint',
      body: 'Seen from above, the surfaces of a [[facet-L4-L5-left|facet joint]] look like two interlocking rails that decide how the level can move. They let you bend forward and back, but block too much twisting, which protects the disc. When you stand or lift, the vertebra above tends to slide forward, and the facets hook it from behind.',
      keyPoints: ['Guide bending forward and back', 'Block excessive twisting', 'Stop forward slipping'],
    },
    'disc-flattening': {
      title: 'A flatter disc shifts weight backwards',
      body: 'When a [[disc-L4-L5|disc]] loses water and height, the vertebrae come closer and weight moves back onto the facet joints. In a cadaver experiment on 33 spinal segments, the facets carried under 5% of the load with a healthy disc. With a badly worn disc they carried up to about 40% when upright. Overload over the years may lead to inflammation and wear.',
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
      body: 'Facet pain often spreads to the buttock and the back or outer thigh, sometimes to the groin, but rarely past the knee. Two clinical studies (138 and 48 patients) found that the areas from different levels overlap a great deal. So the location of the pain alone cannot tell which level is the cause.',
    },
    'flexion-relief': {
      title: 'Why hugging your knees feels better',
      body: 'When you bend forward, the surfaces of the facet joints ease apart and the pressure drops a lot. Laboratory tests on cadaver spines showed the facets carry almost no load when sitting slightly bent. With a disc bulge it is the other way round: bending raises the pressure in the disc and often hurts more.',
    },
    'differential-table': {
      title: 'Four common kinds of back pain compared',
      body: 'Besides the facets, low back pain can come from a [[disc-L5-S1|disc]], the [[ilium-left|sacroiliac joint]] or the muscles and their coverings. The table below sets out the usual features of each. Real patients often have a mix, so the table is a thinking aid, not a diagnosis.',
    },
    'diagnostic-block': {
      title: 'Diagnostic block: finding the source with a numbing injection',
      body: 'Wear on a scan does not prove that is where the pain comes from. Guided by X-ray or ultrasound, a doctor can place a little local anaesthetic next to the [[medial-branch-L4-left|medial branch]], the nerve that carries pain from the joint. If the pain drops by half or more and a movement that hurt is now possible, that supports the joint as the source. It supports, but does not prove: a single block gives many false positives.',
      keyPoints: [
        'An examination alone can hardly pick out facet pain.',
        'In a prospective study of 120 patients, everyone whose pain almost vanished after a block had pain when leaning back and twisting.',
        'But about 8 in 10 of those whose block did not help had that pain too, so the test cannot find the source.',
        'A multispecialty consensus guideline also finds that no examination sign predicts the result of a block.',
        'Risks: rare infection or bleeding; tell your doctor if you take blood thinners.',
      ],
    },
    'block-two-tests': {
      title: 'Why the test is done twice',
      body: 'After a single block, a placebo effect or a passing good spell can make the result look positive. In a study of 176 patients, about 38% of single blocks were false positives. So the careful approach repeats the test on another day with an anaesthetic that lasts a different length of time. Only two positive results make the facet joint a likely source.',
    },
    'conservative-care': {
      title: 'Lay the foundation: everyday care',
      body: 'The first step is usually conservative care. Avoid holding one position for long, especially standing with your back arched. Core training is not about visible stomach muscles; it means waking up the deep muscles that hug the spine. Losing some weight also lowers the load on the low back.',
      keyPoints: ['Change position often; do not hold an arched back', 'Train the deep stabilising muscles, not just the abs', 'Manage your weight to ease the load'],
    },
    multifidus: {
      title: 'Multifidus: the spine’s close bodyguard',
      body: 'The [[multifidus-left|multifidus]] lies right against the back of the spine and steadies each joint, level by level. In people with long-standing back pain it often shrinks and fills with fat. A Danish cross-sectional MRI study of 412 adults and 442 teenagers linked severe fat in this muscle with back pain in the adults. That is a link, not proof of cause.',
    },
    steroid: {
      title: 'Steroid injection: a short-term firefighter',
      body: 'A steroid is a strong anti-inflammatory medicine, injected into or beside the [[facet-L4-L5-left-capsule|facet joint]]. In a randomised trial of 46 people, the steroid group did best at one month and clearly worse by six months. In a placebo-controlled trial of 101 people, steroid did no better than salt water at one and three months. So it fits best as a short bridge during a flare.',
      keyPoints: ['Risks: rare infection or bleeding; tell your doctor if you take blood thinners.', 'It can raise blood sugar for a short time, which matters with diabetes.', 'Repeated doses may affect bone.'],
    },
    radiofrequency: {
      title: 'Radiofrequency ablation: switching off the pain signal',
      body: 'Radiofrequency ablation heats an electrode to stop the [[medial-branch-L4-left|medial branch]] carrying pain from the facet joint for a while. It does not repair the joint; it only reduces the pain signal. It is usually offered to people whose two diagnostic blocks both worked. The pain may return when the nerve grows back.',
      keyPoints: [
        'In a randomised trial of 151 people, about 64% of those selected by two blocks before ablation met the success target at three months.',
        'In a retrospective study of 62 people followed for a median of 39 months, about half had their pain halved.',
        'Risks: infection and bleeding; tell your doctor if you take blood thinners.',
        'Temporary numbness or nerve pain can follow. In a retrospective review of 92 patients, about 1% of treated sites had a minor complication.',
      ],
    },
    prolotherapy: {
      title: 'Prolotherapy: strengthening ligaments',
      body: 'Prolotherapy injects concentrated sugar solution where ligaments attach, setting off a mild inflammatory response. The aim is a firmer, steadier ligament. For people with a transitional vertebra the usual target is the [[iliolumbar-ligament-left|iliolumbar ligament]]. In a small study of 22 people, pain improved more than with physiotherapy at four weeks, but the injections went into the ligament and false joint, not the facet joints.',
      keyPoints: ['A review of 12 studies suggests it may help, but the studies are of low quality.', 'Risks: brief soreness after the injection, rare infection or bleeding.'],
    },
    prp: {
      title: 'PRP: platelet-rich plasma',
      body: 'For PRP, a little of your own blood is spun to collect the platelet-rich part, which is injected into the [[facet-L4-L5-left|joint]]. Platelets carry growth factors that are thought to calm inflammation. It works more slowly than a steroid, and some studies saw the benefit last longer. But the studies are small, and more rigorous trials are needed.',
      keyPoints: [
        'A randomised trial of 46 people: at six months the PRP group was still improving while the steroid group had slipped back.',
        'A non-randomised study of 78 people: from week 6 to one year, the PRP group did better than the anaesthetic group.',
        'A study of 19 people with no comparison group: about 8 in 10 rated the result good or excellent at three months.',
        'Risks: brief soreness after the injection, rare infection or bleeding.',
      ],
    },
    amuc: {
      title: 'Amniotic membrane / umbilical cord matrix (AMUC)',
      body: 'This material comes from donated placental tissue and contains the tissue\'s supporting framework and anti-inflammatory substances. In a retrospective study of 52 people, the average pain score fell from about 4.9 to 2.8. But there was no comparison group and follow-up was only about ten weeks. The patients also had a mix of spine problems, not only facet pain. It remains a poorly tested option to discuss carefully with your doctor.',
      keyPoints: ['Risks: infection and bleeding; there are too few data to see rare risks.'],
    },
    'decision-matrix': {
      title: 'Five injections side by side',
      body: 'Before choosing, decide on the goal: quick relief, or improvement that lasts longer. The table compares the five injections by goal, what studies saw, strength of evidence and risks. Every study in it names its design and size. People respond differently, so decide together with your doctor.',
    },
    'advice-acute': {
      title: 'During a flare: bring the pain down first',
      body: 'If pain stops you sleeping or turning over in bed, a doctor may suggest a single steroid injection or a nerve block so that you can move again. This is a short bridge, not a long-term plan. Once the pain settles, it is time to start training.',
    },
    'advice-chronic': {
      title: 'After the flare and long-term: matching care to you',
      body: 'First confirm the source: only two diagnostic blocks that both work make facet pain likely. Once it is confirmed, radiofrequency ablation is the option with the most evidence. PRP is supported by small randomised trials, but they are small.',
      keyPoints: [
        'With a transitional vertebra or lax ligaments, prolotherapy to the [[iliolumbar-ligament-left|iliolumbar ligament]] can be discussed.',
        'Amniotic matrix has the least evidence; consider it only after a careful talk with your doctor.',
        'Whatever you choose, plan core training alongside it.',
      ],
    },
    'training-after-injection': {
      title: 'After the injection, rebuild the multifidus',
      body: 'An injection can only make the joint hurt less for a while; it is muscle that holds the spine up. After any injection, start core training with a therapist. Above all, learn to switch on the [[multifidus-left|multifidus]]. Without this step, the improvement often does not last.',
    },
    'faq-surgery': {
      title: 'Do worn facet joints always need surgery?',
      body: 'Most people never need an operation. Surgery is considered when bone spurs press hard on a [[nerve-L4-left|nerve]] and a leg gets weaker or its muscles waste. Losing bladder or bowel control, or numbness between the legs, is an emergency, not a question for a clinic visit. See the warning signs below and get help straight away.',
    },
    'faq-prp-works': {
      title: 'Does PRP really work? Why do some say it failed?',
      body: 'A non-randomised study of 78 people followed for one year found PRP still ahead of the anaesthetic. A randomised trial of 46 people followed patients for six months. Both are small, so the answer is not settled. When it seems to fail, the pain may not come from the facet joint, the injection may have missed, or the plan may not suit the degree of wear.',
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
      body: 'These are the studies this guide relies on. Each one shows its design, and its size where it has one. Read the short key to study words first: it helps you judge how strong the evidence is.',
    },
  },
};
