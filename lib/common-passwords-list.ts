// The source of the list of common passwords: base words and other known passwords, a few per line
// (separated by spaces; lower-case). lib/common-passwords.ts expands every base word with the usual
// endings (1, 123, !, 2024, doubled, …; see COMMON_ENDINGS there) and keeps only results of 10+
// characters, which the length rule would not refuse anyway. Built from frequent English and German
// words ("passwort", "hallo", "schatz", football clubs, seasons, names); extend either list freely.

/** Words people build passwords from; each is expanded with the common endings. */
export const BASE_WORDS = `
passwort passwoerter kennwort geheim geheimnis hallihallo servus tschuess
willkommen anmelden anmeldung einloggen zugang sicherheit sicher vergessen
neues neuespasswort meinpasswort meinkennwort dasisteintest testtest schatz schatzi
schatzilein mausi mausebaer baerchen hasenbaer engel engelchen liebe
liebling ichliebedich ichliebedichsehr sonne sonnenschein sonnenblume blume blumen
katze katzen kater hunde hundi pferd pferde tiger
loewe adler delfin prinzessin prinz koenig koenigin familie
kinder mutter vater bruder schwester sommer winter herbst
fruehling fruehjahr januar februar maerz april august september
oktober november dezember montag dienstag mittwoch donnerstag freitag
samstag sonntag weihnachten ostern silvester geburtstag fussball fussballverein
borussia dortmund bvb09 bvb1909 schalke schalke04 bayern fcbayern
bayernmuenchen muenchen berlin hamburg koeln frankfurt stuttgart leipzig
dresden bremen hannover duesseldorf nuernberg bochum essen werder
hertha eintracht union deutschland germany musterstadt chancenportal verein
vereinsheim sportverein turnverein kindergarten schule lehrer lehrerin arbeit
buero computer handy internet teufel jesus himmel hoelle
stern sterne wasser feuer kaffee schokolade kuchen pizza
nudeln kartoffel apfel banane erdbeere kirsche zitrone fenster
garten fahrrad motorrad polizei feuerwehr ferrari porsche volkswagen
mercedes zuhause heimat freiheit frieden freunde freundin freund
glueck gluecklich zukunft anfang achtung startseite qwertzu asdfghjkloe
password passw0rd p@ssword p@ssw0rd qwerty qwertz qwertyuiop qwertzuiop
asdfghjkl asdfgh yxcvbnm zxcvbnm iloveyou sunshine princess football
baseball basketball dragon monkey letmein shadow master superman
batman spiderman trustno1 welcome admin administrator login abc123
starwars whatever freedom michael jennifer hunter hunter2 charlie
donald jordan jordan23 harley ranger buster soccer hockey
killer george andrew michelle jessica pepper daniel thomas
summer autumn spring flower flowers secret access mustang
corvette chelsea liverpool arsenal barcelona realmadrid juventus cookie
cheese chocolate butterfly rainbow blink182 pokemon naruto minecraft
fortnite zelda matrix trinity nirvana metallica slipknot eminem
tupac babygirl babyboy lovely loveyou lovers angel angels
beautiful tinkerbell snoopy garfield mickey minnie tigger winnie
bailey maggie sophie oliver harry hermione gandalf frodo
default changeme changeit temporary guest tester testing example
sample nothing unknown private public system server database
support service office manager company business money dollar
london paris newyork america england moin test maus
hase hasi hund mama papa juni juli kita
gott mond erde bier tuer haus auto audi
opel ende pooh jack temp user demo root
toor euro
`;

/** Passwords that are not a base word plus an ending: keyboard rows, number runs, phrases. */
export const OTHER_PASSWORDS = `
1234567890 0123456789 12345678910 1234512345 1111111111 0000000000 1122334455 1212121212
9876543210 0987654321 abcdefghij abcdefg123 abc1234567 aaaaaaaaaa qwertz1234 qwerty1234
qwertzuiop qwertyuiop asdfghjkl1 1q2w3e4r5t 1q2w3e4r5t6z 1q2w3e4r5t6y q1w2e3r4t5 a1b2c3d4e5
zaq12wsxcde3 1qaz2wsx3edc passwort123 passwort1234 password123 password1234 hallo12345 hallo123456
ichliebedich schatz12345 hallohallo meinpasswoerter meinpasswoerter1 meinpasswoerter123 meinpasswoerter! meingeheim
meingeheim1 meingeheim123 meingeheim! meingeheimnis meingeheimnis1 meingeheimnis123 meingeheimnis! meinhallo1
meinhallo123 meinhallo! meinhallihallo meinhallihallo1 meinhallihallo123 meinhallihallo! meinservus meinservus1
meinservus123 meinservus! meinmoin123 meintschuess meintschuess1 meintschuess123 meintschuess! meinwillkommen
meinwillkommen1 meinwillkommen123 meinwillkommen! meinanmelden meinanmelden1 meinanmelden123 meinanmelden! meinanmeldung
meinanmeldung1 meinanmeldung123 meinanmeldung! meineinloggen meineinloggen1 meineinloggen123 meineinloggen! meinzugang
meinzugang1 meinzugang123 meinzugang! meinsicherheit meinsicherheit1 meinsicherheit123 meinsicherheit! meinsicher
meinsicher1 meinsicher123 meinsicher! meinvergessen meinvergessen1 meinvergessen123 meinvergessen! meinneues1
meinneues123 meinneues! meinneuespasswort meinneuespasswort1 meinneuespasswort123 meinneuespasswort! meinmeinpasswort meinmeinpasswort1
meinmeinpasswort123 meinmeinpasswort! meinmeinkennwort meinmeinkennwort1 meinmeinkennwort123 meinmeinkennwort! meindasisteintest meindasisteintest1
meindasisteintest123 meindasisteintest! meintest123 meintesttest meintesttest1 meintesttest123 meintesttest! meinschatz
meinschatz1 meinschatz123 meinschatz! meinschatzi meinschatzi1 meinschatzi123 meinschatzi! meinschatzilein
meinschatzilein1 meinschatzilein123 meinschatzilein! meinmausi1 meinmausi123 meinmausi! meinmaus123 meinmausebaer
meinmausebaer1 meinmausebaer123 meinmausebaer! meinbaerchen meinbaerchen1 meinbaerchen123 meinbaerchen! meinhase123
meinhasi123 meinhasenbaer meinhasenbaer1 meinhasenbaer123 meinhasenbaer! meinengel1 meinengel123 meinengel!
meinengelchen meinengelchen1 meinengelchen123 meinengelchen! meinliebe1 meinliebe123 meinliebe! meinliebling
meinliebling1 meinliebling123 meinliebling! meinichliebedich meinichliebedich1 meinichliebedich123 meinichliebedich! meinpassword
meinpassword1 meinpassword123 meinpassword! meinpassw0rd meinpassw0rd1 meinpassw0rd123 meinpassw0rd! meinp@ssword
meinp@ssword1 meinp@ssword123 meinp@ssword! meinp@ssw0rd meinp@ssw0rd1 meinp@ssw0rd123 meinp@ssw0rd! meinqwerty
meinqwerty1 meinqwerty123 meinqwerty! meinqwertz meinqwertz1 meinqwertz123 meinqwertz! meinqwertyuiop
meinqwertyuiop1 meinqwertyuiop123 meinqwertyuiop! meinqwertzuiop meinqwertzuiop1 meinqwertzuiop123 meinqwertzuiop! meinasdfghjkl
meinasdfghjkl1 meinasdfghjkl123 meinasdfghjkl! meinasdfgh meinasdfgh1 meinasdfgh123 meinasdfgh! meinyxcvbnm
meinyxcvbnm1 meinyxcvbnm123 meinyxcvbnm! meinzxcvbnm meinzxcvbnm1 meinzxcvbnm123 meinzxcvbnm! meiniloveyou
meiniloveyou1 meiniloveyou123 meiniloveyou! meinsunshine meinsunshine1 meinsunshine123 meinsunshine! meinprincess
meinprincess1 meinprincess123 meinprincess! meinfootball meinfootball1 meinfootball123 meinfootball! meinbaseball
meinbaseball1 meinbaseball123 meinbaseball! meinbasketball meinbasketball1 meinbasketball123 meinbasketball! meindragon
meindragon1 meindragon123 meindragon! meinmonkey meinmonkey1 meinmonkey123 meinmonkey! meinletmein
meinletmein1 meinletmein123 meinletmein! meinshadow meinshadow1 meinshadow123 meinshadow! meinmaster
meinmaster1 meinmaster123 meinmaster! meinsuperman meinsuperman1 meinsuperman123 meinsuperman! meinbatman
meinbatman1 meinbatman123 meinbatman! meinspiderman meinspiderman1 meinspiderman123 meinspiderman! meintrustno1
meintrustno11 meintrustno1123 meintrustno1! meinwelcome meinwelcome1 meinwelcome123 meinwelcome! meinadmin1
meinadmin123 meinadmin! meinadministrator meinadministrator1 meinadministrator123 meinadministrator! mypasswort mypasswort1
mypasswort123 mypasswort! mypasswoerter mypasswoerter1 mypasswoerter123 mypasswoerter! mykennwort mykennwort1
mykennwort123 mykennwort! mygeheim123 mygeheimnis mygeheimnis1 mygeheimnis123 mygeheimnis! myhallo123
myhallihallo myhallihallo1 myhallihallo123 myhallihallo! myservus123 mytschuess mytschuess1 mytschuess123
mytschuess! mywillkommen mywillkommen1 mywillkommen123 mywillkommen! myanmelden myanmelden1 myanmelden123
myanmelden! myanmeldung myanmeldung1 myanmeldung123 myanmeldung! myeinloggen myeinloggen1 myeinloggen123
myeinloggen! myzugang123 mysicherheit mysicherheit1 mysicherheit123 mysicherheit! mysicher123 myvergessen
myvergessen1 myvergessen123 myvergessen! myneues123 myneuespasswort myneuespasswort1 myneuespasswort123 myneuespasswort!
mymeinpasswort mymeinpasswort1 mymeinpasswort123 mymeinpasswort! mymeinkennwort mymeinkennwort1 mymeinkennwort123 mymeinkennwort!
mydasisteintest mydasisteintest1 mydasisteintest123 mydasisteintest! mytesttest mytesttest1 mytesttest123 mytesttest!
myschatz123 myschatzi1 myschatzi123 myschatzi! myschatzilein myschatzilein1 myschatzilein123 myschatzilein!
mymausi123 mymausebaer mymausebaer1 mymausebaer123 mymausebaer! mybaerchen mybaerchen1 mybaerchen123
mybaerchen! myhasenbaer myhasenbaer1 myhasenbaer123 myhasenbaer! myengel123 myengelchen myengelchen1
myengelchen123 myengelchen! myliebe123 myliebling myliebling1 myliebling123 myliebling! myichliebedich
myichliebedich1 myichliebedich123 myichliebedich! mypassword mypassword1 mypassword123 mypassword! mypassw0rd
mypassw0rd1 mypassw0rd123 mypassw0rd! myp@ssword myp@ssword1 myp@ssword123 myp@ssword! myp@ssw0rd
myp@ssw0rd1 myp@ssw0rd123 myp@ssw0rd! myqwerty123 myqwertz123 myqwertyuiop myqwertyuiop1 myqwertyuiop123
myqwertyuiop! myqwertzuiop myqwertzuiop1 myqwertzuiop123 myqwertzuiop! myasdfghjkl myasdfghjkl1 myasdfghjkl123
myasdfghjkl! myasdfgh123 myyxcvbnm1 myyxcvbnm123 myyxcvbnm! myzxcvbnm1 myzxcvbnm123 myzxcvbnm!
myiloveyou myiloveyou1 myiloveyou123 myiloveyou! mysunshine mysunshine1 mysunshine123 mysunshine!
myprincess myprincess1 myprincess123 myprincess! myfootball myfootball1 myfootball123 myfootball!
mybaseball mybaseball1 mybaseball123 mybaseball! mybasketball mybasketball1 mybasketball123 mybasketball!
mydragon123 mymonkey123 myletmein1 myletmein123 myletmein! myshadow123 mymaster123 mysuperman
mysuperman1 mysuperman123 mysuperman! mybatman123 myspiderman myspiderman1 myspiderman123 myspiderman!
mytrustno1 mytrustno11 mytrustno1123 mytrustno1! mywelcome1 mywelcome123 mywelcome! myadmin123
myadministrator myadministrator1 myadministrator123 myadministrator!
`;
