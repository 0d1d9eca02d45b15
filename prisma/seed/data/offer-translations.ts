// Translations of the hand-written demo offers (issue 14), keyed by their German title: title and
// short description in every interface language but German, written for residents in plain
// language (not machine output). The seed stores them as the providers' own (HUMAN) translations;
// the Turkish and Arabic texts of the parents' café are marked as machine translations the
// provider checked, and the Russian one as unchecked, so every resident note can be seen in the demo.

type Text = { title: string; summary: string };
export type DemoTranslation = { en: Text; tr: Text; ar: Text; uk: Text; ru: Text };

export const MACHINE_TRANSLATED: Record<string, { locale: keyof DemoTranslation; reviewed: boolean }[]> = {
  "Elterncafé mit Kinderbetreuung": [
    { locale: "tr", reviewed: true },
    { locale: "ru", reviewed: false },
  ],
};

export const DEMO_OFFER_TRANSLATIONS: Record<string, DemoTranslation> = {
  "Krabbelgruppe „Kleine Entdecker“": {
    en: { title: "Baby group “Little Explorers”", summary: "Babies from 6 to 18 months discover the world with mum, dad or grandma – with finger games, songs and plenty of time to talk." },
    tr: { title: "Bebek grubu „Küçük Kâşifler“", summary: "6–18 aylık bebekler annesi, babası ya da büyükannesiyle dünyayı keşfeder – parmak oyunları, şarkılar ve sohbet için bolca zaman." },
    ar: { title: "مجموعة الرضّع «المستكشفون الصغار»", summary: "يكتشف الرضّع من 6 إلى 18 شهرًا العالم مع الأم أو الأب أو الجدة – بألعاب الأصابع والأغاني ووقت كافٍ لتبادل الحديث." },
    uk: { title: "Група для малюків «Маленькі дослідники»", summary: "Малюки від 6 до 18 місяців відкривають світ із мамою, татом чи бабусею – пальчикові ігри, пісні й час для спілкування." },
    ru: { title: "Группа для малышей «Маленькие исследователи»", summary: "Малыши от 6 до 18 месяцев открывают мир с мамой, папой или бабушкой – пальчиковые игры, песни и время для общения." },
  },
  "Elterncafé mit Kinderbetreuung": {
    en: { title: "Parents’ café with childcare", summary: "Every Friday: breakfast, conversation and advice for parents – while the children play next door. No registration, also in Turkish and Arabic." },
    tr: { title: "Çocuk bakımlı ebeveyn kafesi", summary: "Her cuma: ebeveynler için kahvaltı, sohbet ve danışmanlık – çocuklar yan odada oynarken. Kayıt gerekmez, Türkçe ve Arapça da." },
    ar: { title: "مقهى الأهل مع رعاية الأطفال", summary: "كل يوم جمعة: فطور وحديث واستشارة للأهل – بينما يلعب الأطفال في الغرفة المجاورة. دون تسجيل، وبالتركية والعربية أيضًا." },
    uk: { title: "Кафе для батьків із доглядом за дітьми", summary: "Щоп’ятниці: сніданок, спілкування й консультації для батьків, поки діти граються поруч. Без реєстрації, також турецькою та арабською." },
    ru: { title: "Кафе для родителей с присмотром за детьми", summary: "Каждую пятницу: завтрак, общение и консультации для родителей, пока дети играют рядом. Без записи, также на турецком и арабском." },
  },
  "Deutschkurs A1 für Mütter mit Kinderbetreuung": {
    en: { title: "German course A1 for mothers, with childcare", summary: "Learn German for nursery, school, the doctor and shopping. During the course, children from one year old are looked after next door." },
    tr: { title: "Annelere çocuk bakımlı A1 Almanca kursu", summary: "Kreş, okul, doktor ve alışveriş için Almanca öğrenin. Kurs sırasında bir yaşından büyük çocuklara yan odada bakılır." },
    ar: { title: "دورة لغة ألمانية A1 للأمهات مع رعاية الأطفال", summary: "تعلّمي الألمانية للروضة والمدرسة وزيارة الطبيب والتسوق. أثناء الدورة يُعتنى بالأطفال من عمر سنة في الغرفة المجاورة." },
    uk: { title: "Курс німецької A1 для мам із доглядом за дітьми", summary: "Вивчайте німецьку для садочка, школи, лікаря й покупок. Під час курсу про дітей від року дбають у сусідній кімнаті." },
    ru: { title: "Курс немецкого A1 для мам с присмотром за детьми", summary: "Учите немецкий для садика, школы, врача и покупок. Во время курса за детьми от года присматривают в соседней комнате." },
  },
  "Beratung rund um Schwangerschaft und Geburt": {
    en: { title: "Advice on pregnancy and birth", summary: "Questions about parental allowance (Elterngeld), maternity protection, finding a midwife or financial help? Our adviser helps – confidential and free." },
    tr: { title: "Hamilelik ve doğum danışmanlığı", summary: "Ebeveyn parası (Elterngeld), annelik koruması, ebe bulma ya da maddi yardım hakkında sorularınız mı var? Danışmanımız gizli ve ücretsiz yardım eder." },
    ar: { title: "استشارات حول الحمل والولادة", summary: "أسئلة عن إعانة الوالدين (Elterngeld) أو حماية الأمومة أو البحث عن قابلة أو المساعدات المالية؟ مستشارتنا تساعدك بسرية ومجانًا." },
    uk: { title: "Консультації щодо вагітності й пологів", summary: "Питання про батьківську допомогу (Elterngeld), захист материнства, пошук акушерки чи фінансову допомогу? Наша консультантка допоможе конфіденційно й безкоштовно." },
    ru: { title: "Консультации по беременности и родам", summary: "Вопросы о родительском пособии (Elterngeld), защите материнства, поиске акушерки или финансовой помощи? Наш консультант поможет конфиденциально и бесплатно." },
  },
  "Familienfrühstück am Samstag": {
    en: { title: "Family breakfast on Saturday", summary: "Every other Saturday, families from the neighbourhood have breakfast together – with a play corner, crafts and time to get to know each other." },
    tr: { title: "Cumartesi aile kahvaltısı", summary: "İki haftada bir cumartesi, mahalledeki aileler birlikte kahvaltı yapar – oyun köşesi, el işi ve tanışmak için zaman." },
    ar: { title: "فطور عائلي يوم السبت", summary: "كل سبتين تتناول العائلات من الحي الفطور معًا – مع ركن للعب وأنشطة يدوية ووقت للتعارف." },
    uk: { title: "Сімейний сніданок у суботу", summary: "Щодругої суботи родини з району снідають разом – з ігровим куточком, рукоділлям і часом познайомитися." },
    ru: { title: "Семейный завтрак в субботу", summary: "Каждую вторую субботу семьи из района завтракают вместе – с игровым уголком, поделками и временем познакомиться." },
  },
  "Babymassage-Kurs für Mütter und Väter": {
    en: { title: "Baby massage course for mothers and fathers", summary: "In five sessions, parents learn gentle massage strokes that calm babies and strengthen the bond. For babies from 6 weeks to 6 months." },
    tr: { title: "Anneler ve babalar için bebek masajı kursu", summary: "Beş buluşmada ebeveynler bebeği sakinleştiren ve bağı güçlendiren nazik masaj hareketlerini öğrenir. 6 haftalıktan 6 aylığa kadar bebekler için." },
    ar: { title: "دورة تدليك الرضّع للأمهات والآباء", summary: "في خمسة لقاءات يتعلم الأهل حركات تدليك لطيفة تهدّئ الرضيع وتقوّي الرابط. للرضّع من 6 أسابيع إلى 6 أشهر." },
    uk: { title: "Курс масажу для немовлят для мам і тат", summary: "За п’ять зустрічей батьки навчаться ніжних прийомів масажу, що заспокоюють малюка й зміцнюють зв’язок. Для немовлят від 6 тижнів до 6 місяців." },
    ru: { title: "Курс детского массажа для мам и пап", summary: "За пять встреч родители научатся мягким приёмам массажа, которые успокаивают малыша и укрепляют связь. Для малышей от 6 недель до 6 месяцев." },
  },
  "Ferienbetreuung für Grundschulkinder": {
    en: { title: "Holiday care for primary school children", summary: "Play, crafts, trips and a hot lunch: reliable care during the school holidays for children aged 6 to 10." },
    tr: { title: "İlkokul çocukları için tatil bakımı", summary: "Oyun, el işi, geziler ve sıcak öğle yemeği: okul tatillerinde 6–10 yaş çocuklar için güvenilir bakım." },
    ar: { title: "رعاية في العطلة لأطفال المرحلة الابتدائية", summary: "لعب وأشغال يدوية ورحلات ووجبة غداء ساخنة: رعاية موثوقة في العطل المدرسية للأطفال من 6 إلى 10 سنوات." },
    uk: { title: "Догляд у канікули для молодших школярів", summary: "Ігри, рукоділля, екскурсії й гарячий обід: надійний догляд під час шкільних канікул для дітей від 6 до 10 років." },
    ru: { title: "Присмотр в каникулы для младших школьников", summary: "Игры, поделки, экскурсии и горячий обед: надёжный присмотр в школьные каникулы для детей от 6 до 10 лет." },
  },
  "Flohmarkt rund ums Kind": {
    en: { title: "Children’s flea market", summary: "Second-hand children’s clothes, toys, prams and books – with a cake buffet in support of the family centre." },
    tr: { title: "Çocuk eşyaları bit pazarı", summary: "İkinci el çocuk giysileri, oyuncaklar, bebek arabaları ve kitaplar – aile merkezi yararına pasta büfesiyle." },
    ar: { title: "سوق مستعمل لأغراض الأطفال", summary: "ملابس أطفال وألعاب وعربات أطفال وكتب مستعملة – مع بوفيه كعك لصالح مركز العائلة." },
    uk: { title: "Дитячий блошиний ринок", summary: "Дитячий одяг, іграшки, візочки й книжки з других рук – з буфетом тортів на користь сімейного центру." },
    ru: { title: "Детская барахолка", summary: "Детская одежда, игрушки, коляски и книги б/у – с буфетом выпечки в пользу семейного центра." },
  },
  "Väterabend: Papa sein heute": {
    en: { title: "Fathers’ evening: being a dad today", summary: "Balancing parental leave, work and family: an evening for fathers to talk with a family counsellor." },
    tr: { title: "Babalar akşamı: Bugün baba olmak", summary: "Ebeveyn izni, iş ve aileyi dengelemek: Babaların bir aile danışmanıyla sohbet ettiği bir akşam." },
    ar: { title: "أمسية الآباء: أن تكون أبًا اليوم", summary: "التوفيق بين إجازة الوالدين والعمل والعائلة: أمسية للآباء لتبادل الحديث مع مستشار عائلي." },
    uk: { title: "Вечір для тат: бути татом сьогодні", summary: "Як поєднати батьківську відпустку, роботу й сім’ю: вечір для тат і розмова із сімейним консультантом." },
    ru: { title: "Вечер для пап: быть папой сегодня", summary: "Как совместить родительский отпуск, работу и семью: вечер для пап и разговор с семейным консультантом." },
  },
  "Elternkurs „Gelassen durch die Trotzphase“": {
    en: { title: "Parenting course “Calm through the toddler tantrums”", summary: "Tantrums, power struggles, tears: over six evenings, parents of two- to five-year-olds learn to stay calm and set limits with love." },
    tr: { title: "Ebeveyn kursu „İnatlaşma döneminde sakin kalmak“", summary: "Öfke nöbetleri, güç savaşları, gözyaşları: 2–5 yaş çocukların ebeveynleri altı akşamda sakin kalmayı ve sevgiyle sınır koymayı öğrenir." },
    ar: { title: "دورة للأهل «بهدوء خلال مرحلة العناد»", summary: "نوبات غضب وصراعات وبكاء: في ست أمسيات يتعلم أهل الأطفال من سنتين إلى خمس سنوات أن يبقوا هادئين وأن يضعوا الحدود بمحبة." },
    uk: { title: "Курс для батьків «Спокійно через період упертості»", summary: "Істерики, боротьба за владу, сльози: за шість вечорів батьки дітей від двох до п’яти років вчаться зберігати спокій і з любов’ю ставити межі." },
    ru: { title: "Курс для родителей «Спокойно через кризис упрямства»", summary: "Истерики, борьба за власть, слёзы: за шесть вечеров родители детей от двух до пяти лет учатся сохранять спокойствие и с любовью ставить границы." },
  },
  "Familienpatenschaften: Ehrenamtliche gesucht": {
    en: { title: "Family mentoring: volunteers wanted", summary: "Volunteer family mentors support young families in everyday life for a few hours a week. We train and accompany you." },
    tr: { title: "Aile vasiliği: Gönüllüler aranıyor", summary: "Gönüllü aile destekçileri genç ailelere haftada birkaç saat gündelik hayatta destek olur. Sizi eğitiyor ve yanınızda oluyoruz." },
    ar: { title: "رعاية العائلات: نبحث عن متطوعين", summary: "يدعم متطوعون ومتطوعات العائلات الشابة في حياتها اليومية بضع ساعات في الأسبوع. نحن ندرّبكم ونرافقكم." },
    uk: { title: "Сімейне наставництво: шукаємо волонтерів", summary: "Волонтери-наставники кілька годин на тиждень допомагають молодим сім’ям у буденному житті. Ми навчаємо й супроводжуємо вас." },
    ru: { title: "Семейное наставничество: ищем волонтёров", summary: "Волонтёры-наставники несколько часов в неделю помогают молодым семьям в повседневной жизни. Мы обучаем и сопровождаем вас." },
  },
  "Eltern-Kind-Turnen für 2- bis 4-Jährige": {
    en: { title: "Parent-and-child gym for 2- to 4-year-olds", summary: "Climb, jump, balance: toddlers discover the gym with a parent. Two trial sessions are free." },
    tr: { title: "2–4 yaş için ebeveyn-çocuk jimnastiği", summary: "Tırmanmak, zıplamak, denge kurmak: küçük çocuklar bir ebeveynle spor salonunu keşfeder. İki deneme dersi ücretsizdir." },
    ar: { title: "جمباز الأهل والطفل للأعمار من 2 إلى 4 سنوات", summary: "تسلّق وقفز وتوازن: يكتشف الصغار صالة الرياضة مع أحد الوالدين. حصّتان تجريبيتان مجانًا." },
    uk: { title: "Гімнастика для батьків і дітей 2–4 років", summary: "Лазити, стрибати, тримати рівновагу: малюки відкривають спортзал разом із батьком чи матір’ю. Два пробні заняття безкоштовні." },
    ru: { title: "Гимнастика для родителей и детей 2–4 лет", summary: "Лазать, прыгать, держать равновесие: малыши осваивают спортзал вместе с родителем. Два пробных занятия бесплатно." },
  },
  "Fußball-AG für Mädchen": {
    en: { title: "Football club for girls", summary: "Kick, dribble, score: training for girls aged 8 to 12, no experience needed. We lend you football boots." },
    tr: { title: "Kızlar için futbol kulübü", summary: "Şut, dripling, gol: 8–12 yaş kızlar için antrenman, önceden bilgi gerekmez. Krampon ödünç veriyoruz." },
    ar: { title: "نادي كرة القدم للفتيات", summary: "ركل ومراوغة وتسجيل أهداف: تدريب للفتيات من 8 إلى 12 سنة دون خبرة سابقة. نعيركِ حذاء كرة القدم." },
    uk: { title: "Футбольний гурток для дівчат", summary: "Удари, дриблінг, голи: тренування для дівчат 8–12 років, без попереднього досвіду. Бутси дамо напрокат." },
    ru: { title: "Футбольный кружок для девочек", summary: "Удары, дриблинг, голы: тренировки для девочек 8–12 лет, без опыта. Бутсы дадим напрокат." },
  },
  "Seniorengymnastik „Fit ab 65“": {
    en: { title: "Gymnastics for seniors “Fit from 65”", summary: "Train strength, balance and mobility – sitting and standing. You can join at any time." },
    tr: { title: "Yaşlılar için jimnastik „65’ten sonra formda“", summary: "Güç, denge ve esneklik çalışması – oturarak ve ayakta. İstediğiniz zaman katılabilirsiniz." },
    ar: { title: "رياضة لكبار السن «لياقة بعد الخامسة والستين»", summary: "تمارين للقوة والتوازن والمرونة – جلوسًا ووقوفًا. يمكن الانضمام في أي وقت." },
    uk: { title: "Гімнастика для літніх людей «У формі після 65»", summary: "Тренування сили, рівноваги й рухливості – сидячи та стоячи. Долучитися можна будь-коли." },
    ru: { title: "Гимнастика для пожилых «В форме после 65»", summary: "Тренировка силы, равновесия и подвижности – сидя и стоя. Присоединиться можно в любое время." },
  },
  "Sportcamp in den Ferien": {
    en: { title: "Holiday sports camp", summary: "A week of football, gymnastics, athletics and games for children aged 6 to 12 – with lunch and a closing party." },
    tr: { title: "Tatilde spor kampı", summary: "6–12 yaş çocuklar için bir hafta futbol, jimnastik, atletizm ve oyun – öğle yemeği ve kapanış şenliğiyle." },
    ar: { title: "مخيم رياضي في العطلة", summary: "أسبوع من كرة القدم والجمباز وألعاب القوى والألعاب للأطفال من 6 إلى 12 سنة – مع غداء وحفل ختامي." },
    uk: { title: "Спортивний табір на канікулах", summary: "Тиждень футболу, гімнастики, легкої атлетики й ігор для дітей 6–12 років – з обідом і святом наприкінці." },
    ru: { title: "Спортивный лагерь на каникулах", summary: "Неделя футбола, гимнастики, лёгкой атлетики и игр для детей 6–12 лет – с обедом и праздником в конце." },
  },
  "Rehasport Wirbelsäule": {
    en: { title: "Rehabilitation sport for the spine", summary: "Targeted training for a strong back on a doctor’s prescription. Health insurance covers 50 sessions." },
    tr: { title: "Omurga için rehabilitasyon sporu", summary: "Doktor reçetesiyle güçlü bir sırt için hedefli antrenman. Sağlık sigortası 50 seansın masrafını karşılar." },
    ar: { title: "رياضة تأهيلية للعمود الفقري", summary: "تدريب موجّه لظهر قوي بوصفة من الطبيب. يتحمّل التأمين الصحي تكاليف 50 حصة تدريبية." },
    uk: { title: "Реабілітаційний спорт для хребта", summary: "Цільові тренування для сильної спини за призначенням лікаря. Медична страховка оплачує 50 занять." },
    ru: { title: "Реабилитационный спорт для позвоночника", summary: "Целевые тренировки для сильной спины по назначению врача. Медицинская страховка оплачивает 50 занятий." },
  },
  "Lauftreff für Einsteigerinnen und Einsteiger": {
    en: { title: "Running group for beginners", summary: "From zero to five kilometres in ten weeks: run together in small groups at your own pace. Meeting point: the sports park car park." },
    tr: { title: "Yeni başlayanlar için koşu grubu", summary: "On haftada sıfırdan beş kilometreye: küçük gruplarda, kendi hızınızda birlikte koşu. Buluşma yeri spor parkının otoparkı." },
    ar: { title: "مجموعة جري للمبتدئين", summary: "من الصفر إلى خمسة كيلومترات في عشرة أسابيع: نجري معًا في مجموعات صغيرة وبالسرعة التي تناسبك. نلتقي في موقف سيارات الحديقة الرياضية." },
    uk: { title: "Біговий клуб для початківців", summary: "Від нуля до п’яти кілометрів за десять тижнів: біжимо разом у малих групах, у власному темпі. Зустріч на парковці спортпарку." },
    ru: { title: "Беговой клуб для начинающих", summary: "От нуля до пяти километров за десять недель: бегаем вместе в небольших группах, в своём темпе. Встреча на парковке спортпарка." },
  },
  "Tischtennis für Jugendliche": {
    en: { title: "Table tennis for teenagers", summary: "Open table tennis training for young people aged 12 to 18." },
    tr: { title: "Gençler için masa tenisi", summary: "12–18 yaş gençler için açık masa tenisi antrenmanı." },
    ar: { title: "كرة الطاولة للشباب", summary: "تدريب مفتوح على كرة الطاولة للشباب من 12 إلى 18 سنة." },
    uk: { title: "Настільний теніс для підлітків", summary: "Відкриті тренування з настільного тенісу для молоді 12–18 років." },
    ru: { title: "Настольный теннис для подростков", summary: "Открытые тренировки по настольному теннису для молодёжи 12–18 лет." },
  },
  "Inklusives Sportabzeichen-Training": {
    en: { title: "Inclusive sports badge training", summary: "People with and without disabilities train together for the German Sports Badge (Deutsches Sportabzeichen)." },
    tr: { title: "Kapsayıcı spor rozeti antrenmanı", summary: "Engelli ve engelsiz insanlar Alman Spor Rozeti (Deutsches Sportabzeichen) için birlikte antrenman yapar." },
    ar: { title: "تدريب شامل لشارة الرياضة", summary: "يتدرّب أشخاص من ذوي الإعاقة وبدونها معًا للحصول على شارة الرياضة الألمانية (Deutsches Sportabzeichen)." },
    uk: { title: "Інклюзивні тренування на спортивний значок", summary: "Люди з інвалідністю та без неї разом готуються до Німецького спортивного значка (Deutsches Sportabzeichen)." },
    ru: { title: "Инклюзивные тренировки на спортивный значок", summary: "Люди с инвалидностью и без неё вместе готовятся к Немецкому спортивному значку (Deutsches Sportabzeichen)." },
  },
};

/** The sports club's profile in every other language (subtitle and short description), by slug. */
export const DEMO_ORGANIZATION_TRANSLATIONS: Record<string, Record<keyof DemoTranslation, { subline: string; summary: string }>> = {
  "tsv-musterstadt": {
    en: {
      subline: "Sport for all generations",
      summary: "With 14 departments, from football and gymnastics to rehabilitation sport, TSV is the largest sports club in town – for children, families and older people.",
    },
    tr: {
      subline: "Her yaştan herkes için spor",
      summary: "Futboldan jimnastiğe ve rehabilitasyon sporuna kadar 14 bölümüyle TSV şehrin en büyük spor kulübüdür – çocuklar, aileler ve yaşlılar için.",
    },
    ar: {
      subline: "رياضة لجميع الأجيال",
      summary: "بأربعة عشر قسمًا من كرة القدم والجمباز حتى الرياضة التأهيلية، نادي TSV هو أكبر نادٍ رياضي في المدينة – للأطفال والعائلات وكبار السن.",
    },
    uk: {
      subline: "Спорт для всіх поколінь",
      summary: "14 секцій – від футболу й гімнастики до реабілітаційного спорту: TSV – найбільший спортивний клуб міста для дітей, родин і літніх людей.",
    },
    ru: {
      subline: "Спорт для всех поколений",
      summary: "14 секций – от футбола и гимнастики до реабилитационного спорта: TSV – крупнейший спортивный клуб города для детей, семей и пожилых людей.",
    },
  },
};
