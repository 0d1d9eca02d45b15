import type { LegalSeed } from "./legal";

// The demo legal texts for residents who read Turkish, Arabic, Ukrainian or Russian (issue 14):
// written in plain language from the German texts (short sentences, everyday words), not machine
// output. They say the same as the German version, which stays legally binding — the legal page
// says so above every translation (messages: LegalTerms). Legal terms keep their German name in
// brackets where residents meet them in letters from offices (Datenschutz-Grundverordnung).

const NOTE = {
  tr: "Not: Bu, Musterstadt Chancenportal'ının deneme (demo) kurulumu için örnek bir metindir. Hukuki danışmanlık değildir. Şehir, portalı gerçekten kullanmaya başlamadan önce metni kontrol etmeli ve uyarlamalıdır.",
  ar: "ملاحظة: هذا نص نموذجي للنسخة التجريبية من بوابة الفرص (Chancenportal) في مدينة موسترشتات. هو ليس استشارة قانونية. يجب على المدينة مراجعته وتعديله قبل التشغيل الفعلي.",
  uk: "Примітка: це зразок тексту для демонстраційної версії Chancenportal міста Мустерштадт. Це не юридична консультація. Перед справжнім запуском місто має перевірити й доповнити текст.",
  ru: "Примечание: это образец текста для демонстрационной версии Chancenportal города Мустерштадт. Это не юридическая консультация. Перед настоящим запуском город должен проверить и дополнить текст.",
} as const;

const ADDRESS = "Stadt Musterstadt\nDer Bürgermeister\nAm Rathaus 1\n12345 Musterstadt";

export const LEGAL_TRANSLATIONS: LegalSeed[] = [
  // ───────────── Türkçe ─────────────
  {
    kind: "IMPRINT",
    locale: "tr",
    title: "Künye (Impressum)",
    body: [
      NOTE.tr,
      ADDRESS,
      "Telefon: 0221 4710 100\nE-posta: chancenportal@musterstadt.example",
      "Musterstadt şehri bir kamu kurumudur. Şehri belediye başkanı temsil eder.",
      "Chancenportal'ın içeriğinden sorumlu olan: Aile, Gençlik ve Sosyal İşler Dairesi, Chancenportal editör ekibi, Am Rathaus 1, 12345 Musterstadt.",
      "Her hizmetin ve her kurum profilinin içeriğinden o kurum kendisi sorumludur. Editör ekibi yeni kurumları yayına almadan önce kontrol eder, ama her bilgiyi tek tek kontrol edemez. Yanlış bir bilgi görürseniz lütfen bize e-posta yazın.",
      "Harita verileri: © OpenStreetMap katkıcıları, Open Database License (ODbL) lisansıyla.",
    ].join("\n\n"),
  },
  {
    kind: "PRIVACY",
    locale: "tr",
    title: "Veri koruma beyanı (Datenschutzerklärung)",
    body: [
      NOTE.tr,
      "1. Sorumlu kurum\nMusterstadt şehri, Am Rathaus 1, 12345 Musterstadt, chancenportal@musterstadt.example. Şehrin veri koruma görevlisine datenschutz@musterstadt.example adresinden ulaşabilirsiniz.",
      "2. Hesap olmadan kullanım\nTüm hizmetleri ve kurumları hesap açmadan arayabilir ve görebilirsiniz. Sizi izleyen çerezler (tracking cookies) ve başka şirketlerin analiz araçlarını kullanmayız. Sunucu, sayfayı size gösterebilmek ve kötüye kullanımı önlemek için teknik olarak gerekli bağlantı verilerini (örneğin IP adresinizi) işler. Bu veriler başka verilerle birleştirilmez ve kısa süre sonra silinir.",
      "3. Çerezler\nSadece teknik olarak gerekli çerezleri kullanırız: oturum açtığınızda bir oturum çerezi ve gerekirse seçtiğiniz dili hatırlayan bir çerez. Bunun için onayınız gerekmez.",
      "4. Haritalar\nHarita görünümü, harita parçalarını OpenStreetMap projesinin (OpenStreetMap Foundation) sunucularından yükler. Bu sırada IP adresiniz bu hizmete gider. Başka bir şirkete giden tek istek budur; diğer tüm içerikleri, yazı tiplerini ve programları kendimiz sunarız. Liste görünümü haritasız da tam çalışır.",
      "5. Kişisel veri olmadan istatistik\nPortalı iyileştirmek ve eksikleri görmek için arama kelimelerini, seçilen filtreleri ve hizmet ve kurum sayfalarının kaç kez açıldığını sayarız. Bunu yaparken IP adresi, tarayıcı kimliği, çerez veya kullanıcı hesabı kaydetmeyiz. Bu sayılardan tek tek kişilere ulaşılamaz. Tek tek sayım kayıtlarını 13 ay sonra sileriz; sonra sadece günlük toplamlar kalır. Nasıl saydığımızı bu sayfanın sonunda anlatıyoruz.",
      "6. Kurumlar ve editör ekibi için hesaplar\nBir hesap açarsanız, hesabı size sunabilmek için adınızı, e-posta adresinizi, şifrelenmiş parolanızı (Argon2 özeti) ve hangi kuruma ait olduğunuzu işleriz (Avrupa Veri Koruma Tüzüğü DSGVO madde 6 fıkra 1 bent e ve şehrin kamusal görevleri). Hizmetlerdeki değişiklikler zaman ve kişiyle kaydedilir; böylece editör ekibi değişiklikleri izleyebilir. Size sadece adresinizi doğrulamak, parolanızı sıfırlamak, onayları bildirmek ve bilgilerinizi güncel tutmanızı hatırlatmak için e-posta göndeririz.",
      "7. Saklama süresi\nHesap verilerini, hesabınızı sildirene kadar saklarız. Kayıtların (log) ne kadar saklanacağına şehir karar verir (örnek: üç yıl).",
      "8. Haklarınız\nBilgi alma, düzeltme, silme, işlemeyi sınırlama ve itiraz etme hakkınız vardır. Ayrıca yetkili veri koruma denetim kurumuna şikâyet edebilirsiniz.",
    ].join("\n\n"),
  },
  {
    kind: "TERMS",
    locale: "tr",
    title: "Kurumlar için kullanım koşulları (Nutzungsbedingungen)",
    body: [
      NOTE.tr,
      "1. Amaç\nMusterstadt Chancenportal'ı, Musterstadt şehrinin ücretsiz bir rehberidir. Derneklerin, girişimlerin, sosyal yardım kuruluşlarının, kilise cemaatlerinin, okulların, kamu kurumlarının ve Musterstadt'ta insanlara destek olan diğer kurumların hizmetlerini gösterir.",
      "2. Kayıt ve onay\nKurumlar geçerli bir e-posta adresiyle kayıt olur. Editör ekibi yeni kurumları kontrol eder. Özellikle portalla ilgisi olmayan, sadece ticari hizmetlerde onayı gerekçe göstermeden reddedebilir.",
      "3. İçerik\nKurumlar kendi bilgilerinden sorumludur ve bunları güncel tutar. Sadece hakkına sahip oldukları metinleri ve resimleri yayınlar, resimlerde fotoğrafçının adını yazarlar. Ayrımcı, reklam amaçlı veya yasalara aykırı içerik yasaktır.",
      "4. Editör ekibi\nEditör ekibi, bu koşullara uymayan veya eskimiş içerikleri düzeltebilir, geçici olarak kapatabilir veya kaldırabilir. Bunu yaptığında kuruma nedenini bildirir.",
      "5. Açık veri\nŞehir, yayınlanan hizmetleri ve kurum profillerini (hesap bilgileri olmadan) açık veri olarak da sunar; böylece başka rehberler de bunları kullanabilir.",
      "6. Değişiklikler\nBu koşullar değişirse, kurumlardan bir sonraki girişte yeni metni kabul etmeleri istenir.",
    ].join("\n\n"),
  },
  // ───────────── العربية ─────────────
  {
    kind: "IMPRINT",
    locale: "ar",
    title: "بيانات الناشر (Impressum)",
    body: [
      NOTE.ar,
      ADDRESS,
      "الهاتف: 0221 4710 100\nالبريد الإلكتروني: chancenportal@musterstadt.example",
      "مدينة موسترشتات هيئة من هيئات القانون العام، ويمثلها رئيس البلدية.",
      "المسؤول عن محتوى البوابة: مكتب شؤون الأسرة والشباب والشؤون الاجتماعية، فريق تحرير Chancenportal، Am Rathaus 1، 12345 Musterstadt.",
      "كل جهة مسؤولة عن محتوى خدماتها وملفها التعريفي. يراجع فريق التحرير الجهات الجديدة قبل نشرها، لكنه لا يستطيع التحقق من كل معلومة. إذا وجدتم معلومة خاطئة فراسلونا بالبريد الإلكتروني من فضلكم.",
      "بيانات الخرائط: © المساهمون في OpenStreetMap، متاحة بموجب رخصة قاعدة البيانات المفتوحة (ODbL).",
    ].join("\n\n"),
  },
  {
    kind: "PRIVACY",
    locale: "ar",
    title: "بيان حماية البيانات (Datenschutzerklärung)",
    body: [
      NOTE.ar,
      "1. الجهة المسؤولة\nمدينة موسترشتات، Am Rathaus 1، 12345 Musterstadt، chancenportal@musterstadt.example. يمكنكم التواصل مع مسؤولة حماية البيانات في المدينة عبر datenschutz@musterstadt.example.",
      "2. الاستخدام دون حساب\nيمكنكم البحث عن جميع الخدمات والجهات ومشاهدتها دون إنشاء حساب. لا نستخدم ملفات تعريف ارتباط للتتبّع ولا أدوات تحليل من شركات أخرى. يعالج الخادم بيانات الاتصال الضرورية تقنيًا (مثل عنوان IP الخاص بكم) لعرض الصفحة وللحماية من إساءة الاستخدام. لا تُدمج هذه البيانات مع بيانات أخرى، وتُحذف بعد وقت قصير.",
      "3. ملفات تعريف الارتباط (Cookies)\nنستخدم فقط ملفات تعريف الارتباط الضرورية تقنيًا: ملف للجلسة عند تسجيل الدخول، وعند الحاجة ملف يحفظ اللغة التي اخترتموها. لا يلزم لذلك موافقتكم.",
      "4. الخرائط\nتحمّل الخريطة أجزاءها من خوادم مشروع OpenStreetMap (مؤسسة OpenStreetMap)، ويصل عنوان IP الخاص بكم إلى هذه الخدمة. هذا هو الطلب الوحيد إلى جهة أخرى؛ أما باقي المحتوى والخطوط والبرامج فنقدّمها بأنفسنا. تعمل القائمة بالكامل دون الخريطة.",
      "5. إحصاءات دون بيانات شخصية\nلتحسين البوابة ومعرفة ما ينقصها، نعدّ كلمات البحث والفلاتر المختارة وعدد مرات فتح صفحات الخدمات والجهات. لا نحفظ عند ذلك عنوان IP ولا معرّف المتصفح ولا ملفات تعريف الارتباط ولا حسابات المستخدمين، فلا يمكن معرفة أي شخص من هذه الأرقام. نحذف كل عملية عدّ بعد 13 شهرًا، ثم تبقى المجاميع اليومية فقط. في آخر هذه الصفحة نشرح بالتفصيل كيف نعدّ.",
      "6. حسابات الجهات وفريق التحرير\nإذا أنشأتم حسابًا، نعالج اسمكم وبريدكم الإلكتروني وكلمة المرور مشفّرة (Argon2) والجهة التي تنتمون إليها، لكي نوفّر لكم الحساب (المادة 6 الفقرة 1 البند e من اللائحة العامة لحماية البيانات DSGVO، مع المهام العامة للمدينة). تُسجَّل التغييرات على الخدمات مع الوقت والشخص، لكي يستطيع فريق التحرير تتبّعها. نرسل إليكم رسائل فقط لتأكيد عنوانكم، ولإعادة تعيين كلمة المرور، وللإبلاغ عن الموافقات، ولتذكيركم بتحديث معلوماتكم.",
      "7. مدة الحفظ\nنحفظ بيانات الحساب حتى تطلبوا حذفه. تحدّد المدينة مدة حفظ السجلات (مثال: ثلاث سنوات).",
      "8. حقوقكم\nلكم الحق في معرفة بياناتكم وتصحيحها وحذفها وتقييد معالجتها والاعتراض عليها، ولكم الحق في تقديم شكوى إلى هيئة الرقابة على حماية البيانات المختصة.",
    ].join("\n\n"),
  },
  {
    kind: "TERMS",
    locale: "ar",
    title: "شروط الاستخدام للجهات المقدّمة (Nutzungsbedingungen)",
    body: [
      NOTE.ar,
      "1. الهدف\nبوابة الفرص في موسترشتات دليل مجاني تديره مدينة موسترشتات. يعرض خدمات الجمعيات والمبادرات وجمعيات الرعاية والأبرشيات والمدارس والجهات العامة وغيرها ممن يساعدون الناس في موسترشتات.",
      "2. التسجيل والموافقة\nتسجّل الجهات بعنوان بريد إلكتروني صالح. يراجع فريق التحرير الجهات الجديدة، ويمكنه رفض الموافقة دون ذكر الأسباب، خاصة للعروض التجارية البحتة التي لا علاقة لها بالبوابة.",
      "3. المحتوى\nكل جهة مسؤولة عن معلوماتها وتحافظ على تحديثها. تنشر فقط النصوص والصور التي تملك حق نشرها، وتذكر اسم المصوّر مع الصور. المحتوى التمييزي أو الإعلاني أو المخالف للقانون غير مسموح.",
      "4. فريق التحرير\nيجوز لفريق التحرير تصحيح المحتوى الذي يخالف هذه الشروط أو أصبح قديمًا، أو حجبه مؤقتًا، أو حذفه. ويُبلغ الجهة بذلك مع ذكر السبب.",
      "5. البيانات المفتوحة\nتنشر المدينة الخدمات وملفات الجهات المنشورة (دون بيانات الحسابات) كبيانات مفتوحة أيضًا، لكي تستخدمها أدلة أخرى.",
      "6. التغييرات\nإذا تغيّرت هذه الشروط، يُطلب من الجهات الموافقة على النسخة الجديدة عند تسجيل الدخول التالي.",
    ].join("\n\n"),
  },
  // ───────────── Українська ─────────────
  {
    kind: "IMPRINT",
    locale: "uk",
    title: "Вихідні дані (Impressum)",
    body: [
      NOTE.uk,
      ADDRESS,
      "Телефон: 0221 4710 100\nЕлектронна пошта: chancenportal@musterstadt.example",
      "Місто Мустерштадт — публічно-правова установа. Його представляє бургомістр.",
      "За зміст Chancenportal відповідає: відомство у справах сім’ї, молоді та соціальних питань, редакція Chancenportal, Am Rathaus 1, 12345 Musterstadt.",
      "За зміст пропозицій і профілів відповідають самі організації. Редакція перевіряє нові організації перед публікацією, але не може перевірити кожну деталь. Якщо ви побачили помилку, напишіть нам, будь ласка, електронною поштою.",
      "Картографічні дані: © учасники OpenStreetMap, за ліцензією Open Database License (ODbL).",
    ].join("\n\n"),
  },
  {
    kind: "PRIVACY",
    locale: "uk",
    title: "Захист даних (Datenschutzerklärung)",
    body: [
      NOTE.uk,
      "1. Відповідальна установа\nМісто Мустерштадт, Am Rathaus 1, 12345 Musterstadt, chancenportal@musterstadt.example. Уповноважена з захисту даних міста: datenschutz@musterstadt.example.",
      "2. Користування без облікового запису\nУсі пропозиції та організації можна шукати й переглядати без облікового запису. Ми не використовуємо файли cookie для стеження і не використовуємо інструменти аналітики інших компаній. Сервер обробляє технічно потрібні дані з’єднання (наприклад, вашу IP-адресу), щоб показати сторінку і захистити її від зловживань. Ці дані не поєднуються з іншими і швидко видаляються.",
      "3. Файли cookie\nМи використовуємо лише технічно потрібні файли cookie: файл сеансу, коли ви входите, і, за потреби, файл, що запам’ятовує обрану мову. Для цього ваша згода не потрібна.",
      "4. Карти\nКарта завантажує свої фрагменти з серверів проєкту OpenStreetMap (OpenStreetMap Foundation). При цьому ваша IP-адреса надходить до цього сервісу. Це єдиний запит до іншої організації; увесь інший вміст, шрифти й програми ми надаємо самі. Список повністю працює і без карти.",
      "5. Статистика без персональних даних\nЩоб покращувати портал і бачити, чого бракує, ми рахуємо пошукові слова, обрані фільтри та перегляди сторінок пропозицій і організацій. Ми не зберігаємо при цьому IP-адресу, ідентифікатор браузера, файли cookie чи облікові записи. Тому за цими числами неможливо впізнати людину. Окремі записи підрахунку ми видаляємо через 13 місяців; після цього залишаються лише суми за день. Як саме ми рахуємо, пояснено наприкінці цієї сторінки.",
      "6. Облікові записи для організацій і редакції\nЯкщо ви створюєте обліковий запис, ми обробляємо ваше ім’я, адресу електронної пошти, зашифрований пароль (хеш Argon2) і належність до організації, щоб надати вам обліковий запис (ст. 6 ч. 1 п. e Загального регламенту про захист даних, DSGVO, разом із публічними завданнями міста). Зміни в пропозиціях записуються з часом і особою, щоб редакція могла їх простежити. Листи ми надсилаємо лише для підтвердження адреси, скидання пароля, повідомлень про схвалення і нагадувань оновити дані.",
      "7. Строк зберігання\nДані облікового запису ми зберігаємо, доки ви не попросите його видалити. Як довго зберігати журнали змін, вирішує місто (приклад: три роки).",
      "8. Ваші права\nВи маєте право знати, які дані ми зберігаємо, виправити їх, видалити, обмежити їх обробку і заперечити проти неї. Ви також можете поскаржитися до відповідного органу нагляду за захистом даних.",
    ].join("\n\n"),
  },
  {
    kind: "TERMS",
    locale: "uk",
    title: "Умови користування для організацій (Nutzungsbedingungen)",
    body: [
      NOTE.uk,
      "1. Мета\nChancenportal Мустерштадт — безкоштовний довідник міста Мустерштадт. Він показує пропозиції товариств, ініціатив, благодійних організацій, церковних громад, шкіл, державних установ та інших організацій, які підтримують людей у Мустерштадті.",
      "2. Реєстрація і схвалення\nОрганізації реєструються з дійсною адресою електронної пошти. Редакція перевіряє нові організації і може відмовити без пояснення причин, особливо якщо пропозиції суто комерційні й не стосуються порталу.",
      "3. Зміст\nОрганізації відповідають за свої дані й вчасно їх оновлюють. Вони публікують лише тексти й зображення, на які мають права, і вказують автора фотографій. Дискримінаційний, рекламний чи незаконний зміст заборонено.",
      "4. Редакція\nРедакція може виправити, тимчасово заблокувати або видалити зміст, що порушує ці умови чи застарів. Вона повідомляє про це організацію і пояснює причину.",
      "5. Відкриті дані\nОпубліковані пропозиції та профілі організацій (без даних облікових записів) місто надає також як відкриті дані, щоб ними могли користуватися інші довідники.",
      "6. Зміни\nЯкщо ці умови зміняться, під час наступного входу організації попросять погодитися з новою версією.",
    ].join("\n\n"),
  },
  // ───────────── Русский ─────────────
  {
    kind: "IMPRINT",
    locale: "ru",
    title: "Выходные данные (Impressum)",
    body: [
      NOTE.ru,
      ADDRESS,
      "Телефон: 0221 4710 100\nЭлектронная почта: chancenportal@musterstadt.example",
      "Город Мустерштадт — публично-правовая организация. Его представляет бургомистр.",
      "За содержание Chancenportal отвечает: ведомство по делам семьи, молодёжи и социальным вопросам, редакция Chancenportal, Am Rathaus 1, 12345 Musterstadt.",
      "За содержание предложений и профилей отвечают сами организации. Редакция проверяет новые организации перед публикацией, но не может проверить каждую деталь. Если вы заметили ошибку, пожалуйста, напишите нам по электронной почте.",
      "Картографические данные: © участники OpenStreetMap, по лицензии Open Database License (ODbL).",
    ].join("\n\n"),
  },
  {
    kind: "PRIVACY",
    locale: "ru",
    title: "Защита данных (Datenschutzerklärung)",
    body: [
      NOTE.ru,
      "1. Ответственная организация\nГород Мустерштадт, Am Rathaus 1, 12345 Musterstadt, chancenportal@musterstadt.example. Уполномоченная по защите данных города: datenschutz@musterstadt.example.",
      "2. Без учётной записи\nВсе предложения и организации можно искать и смотреть без учётной записи. Мы не используем файлы cookie для слежки и не используем инструменты аналитики других компаний. Сервер обрабатывает технически необходимые данные соединения (например, ваш IP-адрес), чтобы показать страницу и защитить её от злоупотреблений. Эти данные не объединяются с другими и быстро удаляются.",
      "3. Файлы cookie\nМы используем только технически необходимые файлы cookie: файл сеанса, когда вы входите, и при необходимости файл, который запоминает выбранный язык. Ваше согласие для этого не нужно.",
      "4. Карты\nКарта загружает свои фрагменты с серверов проекта OpenStreetMap (OpenStreetMap Foundation). При этом ваш IP-адрес передаётся этому сервису. Это единственный запрос к другой организации; всё остальное содержание, шрифты и программы мы предоставляем сами. Список полностью работает и без карты.",
      "5. Статистика без персональных данных\nЧтобы улучшать портал и видеть, чего не хватает, мы считаем поисковые слова, выбранные фильтры и просмотры страниц предложений и организаций. При этом мы не сохраняем IP-адрес, идентификатор браузера, файлы cookie или учётные записи. Поэтому по этим числам нельзя узнать человека. Отдельные записи подсчёта мы удаляем через 13 месяцев; после этого остаются только суммы за день. Как именно мы считаем, объяснено в конце этой страницы.",
      "6. Учётные записи для организаций и редакции\nЕсли вы создаёте учётную запись, мы обрабатываем ваше имя, адрес электронной почты, зашифрованный пароль (хеш Argon2) и принадлежность к организации, чтобы предоставить вам учётную запись (ст. 6 ч. 1 п. e Общего регламента по защите данных, DSGVO, вместе с публичными задачами города). Изменения в предложениях записываются со временем и именем, чтобы редакция могла их проследить. Письма мы отправляем только для подтверждения адреса, сброса пароля, сообщений об одобрении и напоминаний обновить данные.",
      "7. Срок хранения\nДанные учётной записи мы храним, пока вы не попросите её удалить. Как долго хранить журналы изменений, решает город (пример: три года).",
      "8. Ваши права\nВы имеете право узнать, какие данные мы храним, исправить их, удалить, ограничить их обработку и возразить против неё. Вы также можете пожаловаться в соответствующий орган надзора за защитой данных.",
    ].join("\n\n"),
  },
  {
    kind: "TERMS",
    locale: "ru",
    title: "Условия пользования для организаций (Nutzungsbedingungen)",
    body: [
      NOTE.ru,
      "1. Цель\nChancenportal Мустерштадт — бесплатный справочник города Мустерштадт. Он показывает предложения объединений, инициатив, благотворительных организаций, церковных общин, школ, государственных учреждений и других организаций, которые поддерживают людей в Мустерштадте.",
      "2. Регистрация и одобрение\nОрганизации регистрируются с действующим адресом электронной почты. Редакция проверяет новые организации и может отказать без объяснения причин, особенно если предложения чисто коммерческие и не относятся к порталу.",
      "3. Содержание\nОрганизации отвечают за свои данные и вовремя их обновляют. Они публикуют только тексты и изображения, на которые имеют права, и указывают автора фотографий. Дискриминационное, рекламное или незаконное содержание запрещено.",
      "4. Редакция\nРедакция может исправить, временно заблокировать или удалить содержание, которое нарушает эти условия или устарело. Она сообщает об этом организации и объясняет причину.",
      "5. Открытые данные\nОпубликованные предложения и профили организаций (без данных учётных записей) город предоставляет также как открытые данные, чтобы ими могли пользоваться другие справочники.",
      "6. Изменения\nЕсли эти условия изменятся, при следующем входе организацию попросят согласиться с новой версией.",
    ].join("\n\n"),
  },
];
