// Names for contact persons and member accounts: a mix that matches a German town today.

export const FEMALE_FIRST_NAMES = [
  "Anna", "Julia", "Sabine", "Katharina", "Petra", "Monika", "Lena", "Sarah", "Miriam", "Claudia",
  "Ayşe", "Elif", "Fatma", "Olena", "Natalia", "Agnieszka", "Maria", "Sophie", "Hannah", "Birgit",
  "Ute", "Jana", "Nadine", "Leyla", "Amira", "Christina", "Franziska", "Jasmin", "Svetlana", "Ingrid",
];

export const MALE_FIRST_NAMES = [
  "Thomas", "Michael", "Andreas", "Stefan", "Markus", "Jonas", "Lukas", "Tobias", "Daniel", "Peter",
  "Mehmet", "Emre", "Ahmad", "Oleksandr", "Piotr", "Klaus", "Jürgen", "Frank", "Matthias", "Sebastian",
  "Yusuf", "Karim", "Dimitri", "Florian", "Benedikt", "Rainer", "Uwe", "Timo", "Nils", "Hendrik",
];

export const SURNAMES = [
  "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
  "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
  "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Lehmann", "Köhler", "Maier", "Kaiser",
  "Yılmaz", "Kaya", "Demir", "Şahin", "Öztürk", "Kowalski", "Nowak", "Kowalczyk", "Petrenko", "Kovalenko",
  "Haddad", "Al-Khatib", "Schewtschenko", "Popescu", "Rossi", "Peters", "Jansen", "Vogel", "Friedrich", "Scholz",
  "Brandt", "Günther", "Baumann", "Franke", "Albrecht", "Simon", "Ludwig", "Böhm", "Winter", "Kraus",
  "Martin", "Schumacher", "Jung", "Hahn", "Vogt", "Keller", "Berger", "Roth", "Beck", "Lorenz",
  "Sommer", "Graf", "Seidel", "Heinrich", "Brückner", "Engel", "Horn", "Busch", "Pohl", "Weiß",
];

// Gender-neutral function names, so any contact person fits any role.
export const CONTACT_ROLES = [
  "Ansprechperson", "Leitung", "Koordination", "Kursleitung", "Sozialpädagogik", "Beratung",
  "Geschäftsführung", "Vorstand", "Jugendarbeit", "Übungsleitung", "Öffentlichkeitsarbeit", "Teamleitung",
];
