import type { DemoTranslation } from "./offer-translations";

// Translations of generated catalogue offers (issue 14), keyed by the template title (see
// offers-*.ts): with the hand-written offers, the demo carries a few dozen translated offers per
// language. The seed writes them to every generated offer with this title and its template's
// summary, so the translated set follows from the seed alone and stays stable.

export const CATALOGUE_OFFER_TRANSLATIONS: Record<string, DemoTranslation> = {
  "Offene Sozialberatung": {
    en: { title: "Open social advice", summary: "A letter from the authorities you don’t understand? We help with applications, decisions and objections – no appointment needed." },
    tr: { title: "Açık sosyal danışmanlık", summary: "Resmi daireden anlamadığınız bir mektup mu geldi? Başvurular, kararlar ve itirazlarda yardım ediyoruz – randevusuz." },
    ar: { title: "استشارة اجتماعية مفتوحة", summary: "وصلتك رسالة من دائرة رسمية ولا تفهمها؟ نساعدك في الطلبات والقرارات والاعتراضات – دون موعد مسبق." },
    uk: { title: "Відкрита соціальна консультація", summary: "Прийшов лист від установи, і ви його не розумієте? Допоможемо із заявами, рішеннями й запереченнями – без запису." },
    ru: { title: "Открытая социальная консультация", summary: "Пришло письмо из ведомства, и вы его не понимаете? Поможем с заявлениями, решениями и возражениями – без записи." },
  },
  "Hausaufgabenhilfe für Grundschulkinder": {
    en: { title: "Homework help for primary school children", summary: "Volunteers help with homework, practise reading and maths and listen – in small groups, without pressure." },
    tr: { title: "İlkokul çocukları için ödev yardımı", summary: "Gönüllüler ödevlere yardım eder, okuma ve matematik çalışır, çocukları dinler – küçük gruplarda, baskı olmadan." },
    ar: { title: "مساعدة في الواجبات لأطفال المرحلة الابتدائية", summary: "يساعد متطوعون في الواجبات ويتدرّبون مع الأطفال على القراءة والحساب ويستمعون إليهم – في مجموعات صغيرة ودون ضغط." },
    uk: { title: "Допомога з домашніми завданнями для молодших школярів", summary: "Волонтери допомагають із домашніми завданнями, вправляються в читанні й рахунку та вислухають – у малих групах, без тиску." },
    ru: { title: "Помощь с домашними заданиями для младших школьников", summary: "Волонтёры помогают с домашними заданиями, тренируют чтение и счёт и выслушают – в небольших группах, без давления." },
  },
  "Wohnberatung im Alter": {
    en: { title: "Housing advice for older people", summary: "How can I keep living safely at home? Advice on adaptations, aids, care levels and grants – at your home if you like." },
    tr: { title: "Yaşlılıkta konut danışmanlığı", summary: "Evimde nasıl güvenle yaşamaya devam ederim? Tadilat, yardımcı araçlar, bakım dereceleri ve destekler hakkında danışmanlık – isterseniz evinizde." },
    ar: { title: "استشارة السكن لكبار السن", summary: "كيف أبقى في بيتي بأمان؟ نقدّم المشورة حول التعديلات والأدوات المساعدة ودرجات الرعاية والمنح – في بيتك إن رغبت." },
    uk: { title: "Консультації щодо житла для літніх людей", summary: "Як безпечно жити вдома й надалі? Порадимо щодо переобладнання, допоміжних засобів, ступенів догляду й дотацій – за бажанням у вас удома." },
    ru: { title: "Консультации по жилью для пожилых", summary: "Как безопасно жить дома и дальше? Посоветуем насчёт переоборудования, вспомогательных средств, степеней ухода и субсидий – по желанию у вас дома." },
  },
  "Offene Sprechstunde Schuldnerberatung": {
    en: { title: "Debt advice drop-in", summary: "When the bills get too much: we help you get an overview, negotiate with creditors and guide you through personal insolvency." },
    tr: { title: "Borç danışmanlığı açık görüşme saati", summary: "Faturalar başınızı aşınca: durumunuzu birlikte gözden geçirir, alacaklılarla görüşür ve kişisel iflas sürecinde yanınızda oluruz." },
    ar: { title: "ساعة مفتوحة لاستشارة الديون", summary: "عندما تتراكم الفواتير: نساعدك على فهم وضعك ونتفاوض مع الدائنين ونرافقك في إجراءات الإعسار الشخصي." },
    uk: { title: "Відкриті години боргової консультації", summary: "Коли рахунків стає забагато: допоможемо скласти загальну картину, домовимося з кредиторами й супроводимо до особистого банкрутства." },
    ru: { title: "Открытые часы консультации по долгам", summary: "Когда счетов становится слишком много: поможем разобраться, договоримся с кредиторами и проводим до личного банкротства." },
  },
  "Zeltlager in den Sommerferien": {
    en: { title: "Summer holiday tent camp", summary: "A week out of town: games, campfire, a mudflat walk and new friends – looked after by trained youth leaders." },
    tr: { title: "Yaz tatilinde çadır kampı", summary: "Şehirden uzakta bir hafta: oyunlar, kamp ateşi, gelgit düzlüğünde yürüyüş ve yeni arkadaşlıklar – eğitimli gençlik liderleriyle." },
    ar: { title: "مخيم خيام في العطلة الصيفية", summary: "أسبوع بعيدًا عن المدينة: ألعاب ونار المخيم ونزهة على شاطئ المدّ والجزر وصداقات جديدة – بإشراف مرشدين مدرَّبين." },
    uk: { title: "Наметовий табір на літніх канікулах", summary: "Тиждень подалі від міста: ігри, ватра, прогулянка мілиною й нові друзі – під наглядом навчених вожатих." },
    ru: { title: "Палаточный лагерь на летних каникулах", summary: "Неделя за городом: игры, костёр, прогулка по отмели и новые друзья – под присмотром обученных вожатых." },
  },
  Nachbarschaftscafé: {
    en: { title: "Neighbourhood café", summary: "Neighbours from all countries meet, chat, laugh and help each other – everyone brings a little something." },
    tr: { title: "Mahalle kafesi", summary: "Her ülkeden komşular buluşur, sohbet eder, güler ve birbirine yardım eder – herkes küçük bir şey getirir." },
    ar: { title: "مقهى الجيران", summary: "يلتقي جيران من كل البلدان ويتحدثون ويضحكون ويساعد بعضهم بعضًا – كلٌّ يحضر شيئًا صغيرًا." },
    uk: { title: "Сусідське кафе", summary: "Сусіди з усіх країн зустрічаються, розмовляють, сміються й допомагають одне одному – кожен приносить щось невелике." },
    ru: { title: "Соседское кафе", summary: "Соседи из всех стран встречаются, общаются, смеются и помогают друг другу – каждый приносит что-нибудь небольшое." },
  },
  "Kochkurs „Gesund und günstig“ für Familien": {
    en: { title: "Cooking course “Healthy and cheap” for families", summary: "Parents and children cook simple, healthy meals for little money together – and then eat together." },
    tr: { title: "Aileler için „Sağlıklı ve ucuz“ yemek kursu", summary: "Ebeveynler ve çocuklar az parayla basit, sağlıklı yemekler pişirir – ve sonra birlikte yer." },
    ar: { title: "دورة طبخ «صحي ورخيص» للعائلات", summary: "يطبخ الأهل والأطفال معًا وجبات بسيطة وصحية بتكلفة قليلة – ثم يأكلون معًا." },
    uk: { title: "Кулінарний курс «Здорово й недорого» для родин", summary: "Батьки й діти разом готують прості, корисні страви за невеликі гроші – а потім разом їдять." },
    ru: { title: "Кулинарный курс «Полезно и недорого» для семей", summary: "Родители и дети вместе готовят простые полезные блюда за небольшие деньги – а потом вместе едят." },
  },
  "Fit fürs Vorstellungsgespräch": {
    en: { title: "Ready for the job interview", summary: "Practise your CV, cover letter and job interview: we help with your application and print your documents for free." },
    tr: { title: "İş görüşmesine hazır", summary: "Özgeçmiş, ön yazı ve iş görüşmesi alıştırması: Başvurunuza yardım eder, belgelerinizi ücretsiz yazdırırız." },
    ar: { title: "جاهز لمقابلة العمل", summary: "تدرّب على السيرة الذاتية ورسالة التقديم ومقابلة العمل: نساعدك في طلب التوظيف ونطبع أوراقك مجانًا." },
    uk: { title: "Готові до співбесіди", summary: "Резюме, супровідний лист і співбесіда: допоможемо з заявою на роботу й безкоштовно надрукуємо ваші документи." },
    ru: { title: "Готовы к собеседованию", summary: "Резюме, сопроводительное письмо и собеседование: поможем с откликом на вакансию и бесплатно распечатаем документы." },
  },
  "Bildungs- und Teilhabepaket: Hilfe beim Antrag": {
    en: { title: "Education and participation package: help with the application", summary: "Money for school trips, school supplies, lunch, tutoring and club fees: we check what you are entitled to and help you apply." },
    tr: { title: "Eğitim ve katılım paketi: Başvuruya yardım", summary: "Sınıf gezileri, okul malzemeleri, öğle yemeği, özel ders ve kulüp aidatları için destek: Hakkınızı kontrol eder, başvuruya yardım ederiz." },
    ar: { title: "حزمة التعليم والمشاركة: مساعدة في تقديم الطلب", summary: "دعم لرحلات المدرسة واللوازم المدرسية والغداء والدروس الخصوصية ورسوم النوادي: نتحقق من استحقاقك ونساعدك في الطلب." },
    uk: { title: "Пакет освіти й участі: допомога із заявою", summary: "Кошти на шкільні поїздки, шкільне приладдя, обіди, репетиторів і внески до клубів: перевіримо ваше право й допоможемо подати заяву." },
    ru: { title: "Пакет образования и участия: помощь с заявлением", summary: "Деньги на школьные поездки, школьные принадлежности, обеды, репетиторов и взносы в клубы: проверим ваше право и поможем подать заявление." },
  },
  "Ehrenamtlicher Besuchsdienst": {
    en: { title: "Volunteer visiting service", summary: "Volunteers regularly visit older people at home: to talk, go for a walk, read aloud or play games." },
    tr: { title: "Gönüllü ziyaret hizmeti", summary: "Gönüllüler yaşlıları evlerinde düzenli olarak ziyaret eder: sohbet, yürüyüş, kitap okuma ya da oyun için." },
    ar: { title: "خدمة زيارات تطوعية", summary: "يزور متطوعون كبار السن في بيوتهم بانتظام: للحديث أو التنزه أو القراءة بصوت عالٍ أو اللعب." },
    uk: { title: "Волонтерська служба відвідин", summary: "Волонтери регулярно відвідують літніх людей удома: щоб поговорити, погуляти, почитати вголос чи пограти." },
    ru: { title: "Волонтёрская служба посещений", summary: "Волонтёры регулярно навещают пожилых людей дома: поговорить, погулять, почитать вслух или поиграть." },
  },
  "Vorlesestunde mit Lesepatinnen und Lesepaten": {
    en: { title: "Story time with reading mentors", summary: "Reading mentors read with children one to one and spark a love of books." },
    tr: { title: "Okuma gönüllüleriyle kitap saati", summary: "Okuma gönüllüleri çocuklarla birebir okur ve kitap sevgisini uyandırır." },
    ar: { title: "ساعة قراءة مع رعاة القراءة", summary: "يقرأ رعاة القراءة مع كل طفل على حدة ويوقظون فيه حب الكتب." },
    uk: { title: "Година читання з волонтерами-читцями", summary: "Волонтери-читці читають із кожною дитиною окремо й пробуджують любов до книжок." },
    ru: { title: "Час чтения с волонтёрами-чтецами", summary: "Волонтёры-чтецы читают с каждым ребёнком отдельно и пробуждают любовь к книгам." },
  },
  "Kurzzeitpflege nach dem Krankenhaus": {
    en: { title: "Short-term care after hospital", summary: "When care at home is not possible for a while: short-term care after a hospital stay or while family carers are on holiday." },
    tr: { title: "Hastane sonrası kısa süreli bakım", summary: "Evde bakım bir süre mümkün değilse: hastaneden sonra ya da bakım veren yakınlar tatildeyken kısa süreli bakım." },
    ar: { title: "رعاية قصيرة الأمد بعد المستشفى", summary: "عندما لا تكون الرعاية في البيت ممكنة مؤقتًا: رعاية قصيرة بعد الإقامة في المستشفى أو أثناء إجازة الأقارب المعتنين." },
    uk: { title: "Короткочасний догляд після лікарні", summary: "Коли догляд удома тимчасово неможливий: короткочасний догляд після лікарні або під час відпустки родичів, які доглядають." },
    ru: { title: "Кратковременный уход после больницы", summary: "Когда уход дома временно невозможен: кратковременный уход после больницы или на время отпуска ухаживающих родственников." },
  },
  "Trauergruppe für Erwachsene": {
    en: { title: "Grief group for adults", summary: "A safe space for people who have lost someone close: to talk, to listen and to find strength." },
    tr: { title: "Yetişkinler için yas grubu", summary: "Yakınını kaybetmiş insanlar için güvenli bir alan: anlatmak, dinlemek, güç toplamak." },
    ar: { title: "مجموعة حداد للبالغين", summary: "مساحة آمنة لمن فقدوا شخصًا قريبًا: للحديث والإصغاء واستعادة القوة." },
    uk: { title: "Група підтримки в горі для дорослих", summary: "Безпечний простір для людей, які втратили близьку людину: розповісти, вислухати, набратися сил." },
    ru: { title: "Группа поддержки в горе для взрослых", summary: "Безопасное пространство для тех, кто потерял близкого человека: рассказать, выслушать, набраться сил." },
  },
  "Sprachcafé: Deutsch sprechen üben": {
    en: { title: "Language café: practise speaking German", summary: "Chat over coffee and tea: volunteers and people from many countries practise German together – no registration." },
    tr: { title: "Dil kafesi: Almanca konuşma pratiği", summary: "Çay ve kahve eşliğinde sohbet: Gönüllüler ve birçok ülkeden insanlar birlikte Almanca pratik yapar – kayıt gerekmez." },
    ar: { title: "مقهى اللغة: تدرّب على التحدث بالألمانية", summary: "حديث على القهوة والشاي: يتدرّب متطوعون وأشخاص من بلدان كثيرة على الألمانية معًا – دون تسجيل." },
    uk: { title: "Мовне кафе: практика розмовної німецької", summary: "Розмови за кавою й чаєм: волонтери й люди з багатьох країн разом практикують німецьку – без реєстрації." },
    ru: { title: "Языковое кафе: практика разговорного немецкого", summary: "Разговоры за кофе и чаем: волонтёры и люди из многих стран вместе практикуют немецкий – без записи." },
  },
  "Schwimmen für Erwachsene ohne Vorkenntnisse": {
    en: { title: "Swimming for adult beginners", summary: "Exercise in warm water is easy on the joints and fun – in small groups with trained instructors." },
    tr: { title: "Yeni başlayan yetişkinler için yüzme", summary: "Ilık suda hareket eklemleri korur ve eğlencelidir – eğitimli eğitmenlerle küçük gruplarda." },
    ar: { title: "سباحة للبالغين المبتدئين", summary: "الحركة في الماء الدافئ تريح المفاصل وممتعة – في مجموعات صغيرة مع مدرّبين مؤهلين." },
    uk: { title: "Плавання для дорослих початківців", summary: "Рух у теплій воді береже суглоби й приносить радість – у малих групах із навченими тренерами." },
    ru: { title: "Плавание для взрослых начинающих", summary: "Движение в тёплой воде бережёт суставы и приносит радость – в небольших группах с обученными тренерами." },
  },
  "Frauenberatung bei häuslicher Gewalt": {
    en: { title: "Advice for women facing domestic violence", summary: "Support for women who experience or have experienced violence: advice, going with you to the authorities and finding a safe shelter." },
    tr: { title: "Ev içi şiddete karşı kadın danışmanlığı", summary: "Şiddet yaşayan ya da yaşamış kadınlara destek: danışmanlık, resmi dairelere eşlik ve sığınma evine yerleştirme." },
    ar: { title: "استشارة للنساء ضد العنف الأسري", summary: "دعم للنساء اللواتي يتعرضن أو تعرضن للعنف: استشارة ومرافقة إلى الدوائر الرسمية وإيجاد مكان في بيت آمن." },
    uk: { title: "Консультації для жінок, які зазнають домашнього насильства", summary: "Підтримка жінок, які зазнають або зазнали насильства: консультації, супровід до установ і місце в захищеному житлі." },
    ru: { title: "Консультации для женщин, пострадавших от домашнего насилия", summary: "Поддержка женщин, которые пережили или переживают насилие: консультации, сопровождение в ведомства и место в защищённом жилье." },
  },
  Lebensmittelausgabe: {
    en: { title: "Food bank", summary: "Donated food for people on a low income. Please bring your entitlement card and a bag." },
    tr: { title: "Gıda dağıtımı", summary: "Düşük gelirli insanlar için bağışlanmış gıdalar. Lütfen hak belgenizi ve bir çanta getirin." },
    ar: { title: "توزيع المواد الغذائية", summary: "مواد غذائية متبرَّع بها لذوي الدخل المحدود. يُرجى إحضار بطاقة الاستحقاق وحقيبة." },
    uk: { title: "Видача продуктів", summary: "Пожертвувані продукти для людей з низьким доходом. Будь ласка, візьміть із собою посвідчення на право отримання й сумку." },
    ru: { title: "Раздача продуктов", summary: "Пожертвованные продукты для людей с низким доходом. Пожалуйста, возьмите с собой удостоверение на получение и сумку." },
  },
  "Interkulturelles Frauenfrühstück": {
    en: { title: "Intercultural women’s breakfast", summary: "Neighbours from all countries meet, chat, laugh and help each other – everyone brings a little something." },
    tr: { title: "Kültürlerarası kadın kahvaltısı", summary: "Her ülkeden komşular buluşur, sohbet eder, güler ve birbirine yardım eder – herkes küçük bir şey getirir." },
    ar: { title: "فطور نسائي بين الثقافات", summary: "تلتقي جارات من كل البلدان ويتحدثن ويضحكن ويساعد بعضهن بعضًا – كلٌّ تحضر شيئًا صغيرًا." },
    uk: { title: "Міжкультурний жіночий сніданок", summary: "Сусідки з усіх країн зустрічаються, розмовляють, сміються й допомагають одна одній – кожна приносить щось невелике." },
    ru: { title: "Межкультурный женский завтрак", summary: "Соседки из всех стран встречаются, общаются, смеются и помогают друг другу – каждая приносит что-нибудь небольшое." },
  },
  Generationenchor: {
    en: { title: "Choir for all generations", summary: "Singing together makes you happy: songs from all over the world, no audition and no need to read music." },
    tr: { title: "Kuşaklar korosu", summary: "Birlikte şarkı söylemek mutlu eder: dünyanın her yerinden şarkılar, seçmesiz ve nota bilmeden." },
    ar: { title: "جوقة الأجيال", summary: "الغناء معًا يُسعد: أغانٍ من كل أنحاء العالم، دون اختبار أداء ودون معرفة بالنوتة." },
    uk: { title: "Хор поколінь", summary: "Спільний спів робить щасливими: пісні з усього світу, без прослуховування й без знання нот." },
    ru: { title: "Хор поколений", summary: "Совместное пение делает счастливыми: песни со всего мира, без прослушивания и без знания нот." },
  },
};
