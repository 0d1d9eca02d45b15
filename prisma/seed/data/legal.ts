// Demo legal texts. They describe what this software really does (no tracking cookies, no
// third-party requests except map tiles, analytics without personal data) and are clearly marked
// as templates a municipality must adapt. Plain text: blank lines separate paragraphs.

export type LegalSeed = { kind: "IMPRINT" | "PRIVACY" | "TERMS"; locale: "de" | "en" | "tr" | "ar" | "uk" | "ru"; title: string; body: string };

const DEMO_NOTE_DE = "Hinweis: Dies ist ein Mustertext für die Demo-Installation des Chancenportals Musterstadt. Er ist keine Rechtsberatung und muss vor dem Echtbetrieb von der Kommune geprüft und angepasst werden.";
const DEMO_NOTE_EN = "Note: This is a sample text for the demo installation of the Chancenportal Musterstadt. It is not legal advice and must be reviewed and adapted by the municipality before going live. The German version is binding.";

export const LEGAL_TEXTS: LegalSeed[] = [
  {
    kind: "IMPRINT",
    locale: "de",
    title: "Impressum",
    body: [
      DEMO_NOTE_DE,
      "Stadt Musterstadt\nDer Bürgermeister\nAm Rathaus 1\n12345 Musterstadt",
      "Telefon: 0221 4710 100\nE-Mail: chancenportal@musterstadt.example",
      "Die Stadt Musterstadt ist eine Körperschaft des öffentlichen Rechts. Sie wird vertreten durch den Bürgermeister.",
      "Inhaltlich verantwortlich für das Chancenportal: Amt für Familie, Jugend und Soziales, Redaktion Chancenportal, Am Rathaus 1, 12345 Musterstadt.",
      "Für die Inhalte der Angebote und Anbieterprofile sind die jeweiligen Anbieter verantwortlich. Die Redaktion prüft neue Anbieter vor der Freischaltung, kann aber nicht jede Angabe im Einzelnen kontrollieren. Hinweise auf fehlerhafte Inhalte nehmen wir gern per E-Mail entgegen.",
      "Kartendaten: © OpenStreetMap-Mitwirkende, verfügbar unter der Open Database License (ODbL).",
    ].join("\n\n"),
  },
  {
    kind: "IMPRINT",
    locale: "en",
    title: "Legal notice",
    body: [
      DEMO_NOTE_EN,
      "City of Musterstadt\nThe Mayor\nAm Rathaus 1\n12345 Musterstadt, Germany",
      "Phone: +49 221 4710 100\nEmail: chancenportal@musterstadt.example",
      "The City of Musterstadt is a public-law corporation represented by its mayor.",
      "Responsible for the content of the Chancenportal: Office for Family, Youth and Social Affairs, Chancenportal editorial team, Am Rathaus 1, 12345 Musterstadt.",
      "Providers are responsible for their own offers and profiles. The editorial team reviews new providers before they go live but cannot check every detail. Please report incorrect content by email.",
      "Map data: © OpenStreetMap contributors, available under the Open Database License (ODbL).",
    ].join("\n\n"),
  },
  {
    kind: "PRIVACY",
    locale: "de",
    title: "Datenschutzerklärung",
    body: [
      DEMO_NOTE_DE,
      "1. Verantwortliche Stelle\nStadt Musterstadt, Am Rathaus 1, 12345 Musterstadt, chancenportal@musterstadt.example. Die behördliche Datenschutzbeauftragte erreichen Sie unter datenschutz@musterstadt.example.",
      "2. Besuch des Portals ohne Anmeldung\nSie können alle Angebote und Anbieter ohne Konto suchen und ansehen. Wir setzen dabei keine Tracking-Cookies und keine Analysewerkzeuge von Dritten ein. Der Webserver verarbeitet technisch notwendige Verbindungsdaten (zum Beispiel Ihre IP-Adresse), um die Seite auszuliefern und vor Missbrauch zu schützen; diese Daten werden nicht mit anderen Daten zusammengeführt und nach kurzer Zeit gelöscht.",
      "3. Cookies\nWir verwenden nur technisch notwendige Cookies: ein Sitzungs-Cookie, wenn Sie sich anmelden, und gegebenenfalls ein Cookie, das Ihre Sprachwahl speichert. Eine Einwilligung ist dafür nicht erforderlich.",
      "4. Karten\nDie Kartenansicht lädt Kartenkacheln von den Servern des OpenStreetMap-Projekts (OpenStreetMap Foundation). Dabei wird Ihre IP-Adresse an diesen Dienst übermittelt. Das ist die einzige Anfrage an Dritte; alle anderen Inhalte, Schriften und Skripte liefern wir selbst aus. Ohne Karte funktioniert die Listenansicht vollständig.",
      "5. Statistik ohne Personenbezug\nUm das Angebot zu verbessern und Lücken zu erkennen, zählen wir Suchbegriffe, gewählte Filter und Seitenaufrufe von Angeboten und Anbietern. Dabei speichern wir weder IP-Adresse noch Browserkennung, Cookies oder Nutzerkonten. Ein Rückschluss auf einzelne Personen ist nicht möglich. Die einzelnen Zählereignisse löschen wir nach 13 Monaten; danach bleiben nur Tagessummen. Wie genau gezählt wird, steht am Ende dieser Seite.",
      "6. Konten für Anbieter und Redaktion\nWenn Sie ein Konto anlegen, verarbeiten wir Ihren Namen, Ihre E-Mail-Adresse, ein verschlüsseltes Passwort (Argon2-Hash) und Ihre Zugehörigkeit zu einer Organisation, um das Konto bereitzustellen (Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit der kommunalen Aufgabenerfüllung). Änderungen an Angeboten werden mit Zeitpunkt und Person protokolliert, damit die Redaktion Änderungen nachvollziehen kann. Sie erhalten E-Mails nur zur Bestätigung Ihrer Adresse, zum Zurücksetzen des Passworts, zu Freigaben und als Erinnerung, Ihre Angaben aktuell zu halten.",
      "7. Speicherdauer\nKontodaten speichern wir, bis Sie Ihr Konto löschen lassen. Die Aufbewahrungsfrist für Protokolleinträge legt die Kommune fest (Muster: drei Jahre).",
      "8. Ihre Rechte\nSie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch sowie das Recht, sich bei der zuständigen Datenschutzaufsichtsbehörde zu beschweren.",
    ].join("\n\n"),
  },
  {
    kind: "PRIVACY",
    locale: "en",
    title: "Privacy policy",
    body: [
      DEMO_NOTE_EN,
      "1. Controller\nCity of Musterstadt, Am Rathaus 1, 12345 Musterstadt, chancenportal@musterstadt.example. You can reach the data protection officer at datenschutz@musterstadt.example.",
      "2. Visiting without an account\nYou can search and view all offers and providers without an account. We use no tracking cookies and no third-party analytics. The web server processes technically necessary connection data (such as your IP address) to deliver the pages and to prevent abuse; this data is not combined with other data and is deleted after a short time.",
      "3. Cookies\nWe only use technically necessary cookies: a session cookie when you sign in and, where applicable, a cookie that remembers your language. No consent is required for these.",
      "4. Maps\nThe map view loads map tiles from the servers of the OpenStreetMap project (OpenStreetMap Foundation), which receive your IP address. This is the only request to a third party; we serve all other content, fonts and scripts ourselves. The list view works fully without the map.",
      "5. Statistics without personal data\nTo improve the portal and find gaps, we count search terms, selected filters and views of offers and providers. We store no IP address, browser identifier, cookie or user account with these counts, so they cannot be traced back to individuals. Individual counting events are deleted after 13 months; after that only daily totals remain. The end of this page explains exactly how we count.",
      "6. Accounts for providers and editors\nIf you create an account, we process your name, email address, an encrypted password (Argon2 hash) and your organisation membership to provide the account. Changes to offers are logged with time and person so the editorial team can trace them. We only email you to confirm your address, reset your password, report approvals and remind you to keep your information up to date.",
      "7. Retention\nAccount data is kept until you ask us to delete your account. The municipality sets the retention period for log entries (sample: three years).",
      "8. Your rights\nYou have the right of access, rectification, erasure, restriction and objection, and the right to lodge a complaint with the competent supervisory authority.",
    ].join("\n\n"),
  },
  {
    kind: "TERMS",
    locale: "de",
    title: "Nutzungsbedingungen für Anbieter",
    body: [
      DEMO_NOTE_DE,
      "1. Zweck\nDas Chancenportal Musterstadt ist ein kostenloses Verzeichnis der Stadt Musterstadt für Angebote von Vereinen, Initiativen, Wohlfahrtsverbänden, Kirchengemeinden, Schulen, öffentlichen Stellen und weiteren Anbietern, die Menschen in Musterstadt unterstützen.",
      "2. Registrierung und Freischaltung\nAnbieter registrieren sich mit einer gültigen E-Mail-Adresse. Die Redaktion prüft neue Anbieter und kann eine Freischaltung ohne Angabe von Gründen ablehnen, insbesondere bei rein kommerziellen Angeboten ohne Bezug zum Portal.",
      "3. Inhalte\nAnbieter sind für ihre Angaben verantwortlich und halten sie aktuell. Sie veröffentlichen nur Texte und Bilder, an denen sie die nötigen Rechte besitzen, und geben bei Bildern den Urheber an. Diskriminierende, werbliche oder rechtswidrige Inhalte sind nicht erlaubt.",
      "4. Redaktion\nDie Redaktion darf Inhalte korrigieren, vorübergehend sperren oder entfernen, wenn sie gegen diese Bedingungen verstoßen oder veraltet sind. Sie informiert den Anbieter darüber mit Begründung.",
      "5. Offene Daten\nVeröffentlichte Angebote und Anbieterprofile (ohne Kontodaten) stellt die Stadt auch als offene Daten bereit, damit andere Verzeichnisse sie nutzen können.",
      "6. Änderungen\nÄndern sich diese Bedingungen, werden Anbieter bei der nächsten Anmeldung gebeten, der neuen Fassung zuzustimmen.",
    ].join("\n\n"),
  },
  {
    kind: "TERMS",
    locale: "en",
    title: "Terms of use for providers",
    body: [
      DEMO_NOTE_EN,
      "1. Purpose\nThe Chancenportal Musterstadt is a free directory run by the City of Musterstadt for offers from clubs, initiatives, welfare organisations, parishes, schools, public bodies and other providers who support people in Musterstadt.",
      "2. Registration and approval\nProviders register with a valid email address. The editorial team reviews new providers and may decline an approval, in particular for purely commercial offers unrelated to the portal.",
      "3. Content\nProviders are responsible for their information and keep it up to date. They only publish texts and images they hold the rights to and credit photographers. Discriminatory, advertising or unlawful content is not allowed.",
      "4. Editorial team\nThe editorial team may correct, temporarily block or remove content that violates these terms or is out of date, and informs the provider with a reason.",
      "5. Open data\nPublished offers and provider profiles (without account data) are also made available as open data so that other directories can use them.",
      "6. Changes\nWhen these terms change, providers are asked to accept the new version the next time they sign in.",
    ].join("\n\n"),
  },
];

export const SETTINGS_SEED = {
  portalName: "Chancenportal",
  municipalityName: "Musterstadt",
  introText:
    "Hier finden Sie Angebote für Familien, Kinder, Jugendliche, Seniorinnen und Senioren in Musterstadt – von der Krabbelgruppe über die Hausaufgabenhilfe bis zur Pflegeberatung. Suchen Sie nach Thema, Stadtteil, Alter oder Wochentag.",
  introTextEn:
    "Find offers for families, children, young people and older people in Musterstadt – from toddler groups and homework help to care advice. Search by topic, district, age or weekday.",
  // The other languages (issue 14); plain language, like the German text.
  introTextTr:
    "Burada Musterstadt'taki aileler, çocuklar, gençler ve yaşlılar için hizmetler bulursunuz – bebek gruplarından ödev yardımına ve bakım danışmanlığına kadar. Konuya, semte, yaşa veya haftanın gününe göre arayın.",
  introTextAr:
    "تجدون هنا خدمات للعائلات والأطفال والشباب وكبار السن في موسترشتات – من مجموعات الرضّع إلى المساعدة في الواجبات المدرسية واستشارات الرعاية. ابحثوا حسب الموضوع أو الحي أو العمر أو يوم الأسبوع.",
  introTextUk:
    "Тут ви знайдете пропозиції для сімей, дітей, молоді та людей похилого віку в Мустерштадті – від груп для малюків і допомоги з домашніми завданнями до консультацій з догляду. Шукайте за темою, районом, віком або днем тижня.",
  introTextRu:
    "Здесь вы найдёте предложения для семей, детей, молодёжи и пожилых людей в Мустерштадте – от групп для малышей и помощи с домашними заданиями до консультаций по уходу. Ищите по теме, району, возрасту или дню недели.",
  contactEmail: "chancenportal@musterstadt.example",
};
