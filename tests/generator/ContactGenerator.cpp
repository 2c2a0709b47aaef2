#include "ContactGenerator.h"

#include "PhoneNumbers.h"

#include <QtGlobal>

#include <algorithm>
#include <bit>
#include <optional>
#include <span>

namespace {

// Tables are UTF-8 "text|ascii": the ASCII spelling feeds the email; without one it is the
// text with its accents dropped.
struct Part {
    QString text;
    QString ascii;
};

struct Culture {
    QList<Part> given;
    QList<Part> givenFemale; ///< only where the surname follows the gender (Russian)
    QList<Part> family;
    bool familyFirst = false; ///< Chinese and Japanese order
    bool joined = false;      ///< Chinese: no space between the parts
    bool latin = true;        ///< may be written all lower or upper case
    QString feminineSuffix;   ///< appended to the surname of a woman (Russian `а`)
};

enum CultureId {
    English,
    Spanish,
    French,
    German,
    Portuguese,
    ArabicLatin,
    ArabicScript,
    IndianLatin,
    Devanagari,
    Cyrillic,
    Chinese,
    Japanese,
    CultureCount
};

// One mobile numbering plan per country: `+<calling code><prefix><subscriber digits>`.
// Candidates libphonenumber rejects, or places in another region (the Crown dependencies
// share +44 7), are skipped, so a prefix list may be a little wider than the valid ranges.
struct CountrySpec {
    const char* region;
    const char* callingCode;
    const char* prefixes; ///< space-separated
    int subscriberDigits;
    int weight; ///< share of contacts, in percent
    std::initializer_list<std::pair<CultureId, int>> cultures;
};

const CountrySpec countrySpecs[] = {
    {"AE",
     "971",
     "50 52 54 55 56 58",
     7,
     16,
     {{ArabicLatin, 40},
      {ArabicScript, 20},
      {IndianLatin, 18},
      {Devanagari, 3},
      {English, 12},
      {Cyrillic, 4},
      {Chinese, 3}}},
    {"SA",
     "966",
     "50 53 54 55 56 58 59",
     7,
     12,
     {{ArabicLatin, 50}, {ArabicScript, 40}, {IndianLatin, 5}, {English, 5}}},
    {"EG", "20", "10 11 12 15", 8, 9, {{ArabicLatin, 55}, {ArabicScript, 45}}},
    {"US",
     "1",
     "201 202 206 212 213 214 305 310 312 404 415 512 602 617 646 702 713 718 773 786 818 917",
     7,
     12,
     {{English, 75},
      {Spanish, 12},
      {Chinese, 4},
      {IndianLatin, 4},
      {ArabicLatin, 3},
      {Japanese, 2}}},
    {"GB",
     "44",
     "71 72 73 74 75 77 78 79",
     8,
     8,
     {{English, 80}, {IndianLatin, 10}, {ArabicLatin, 5}, {French, 3}, {German, 2}}},
    {"IN",
     "91",
     "98 99 97 96 94 93 90 88 87 86 85 84 83 82 81 80 79 78 77 76 75 74 73 72 70",
     8,
     10,
     {{IndianLatin, 70}, {Devanagari, 25}, {English, 5}}},
    {"BR",
     "55",
     "119 219 319 419 519 619 719 819 859 199 279 489",
     8,
     6,
     {{Portuguese, 90}, {German, 5}, {Japanese, 5}}},
    {"DE",
     "49",
     "151 152 157 159 160 162 163 170 171 172 173 174 175 176 177 178 179",
     8,
     5,
     {{German, 85}, {ArabicLatin, 5}, {English, 5}, {Cyrillic, 5}}},
    {"ES", "34", "60 61 62 63 64 65 66 67 68 69", 7, 5, {{Spanish, 90}, {French, 5}, {English, 5}}},
    {"MX", "52", "55 56 33 81", 8, 6, {{Spanish, 95}, {English, 5}}},
    {"FR",
     "33",
     "60 61 62 64 65 66 67 68 73 74 75 76 77 78 79",
     7,
     4,
     {{French, 85}, {ArabicLatin, 10}, {English, 5}}},
    {"RU", "7", "903 905 909 911 915 916 921 925 926 977 985 999", 7, 3, {{Cyrillic, 100}}},
    {"CN", "86", "131 132 135 136 137 138 139 150 151 186 187 188", 8, 2, {{Chinese, 100}}},
    {"JP", "81", "90 80 70", 8, 2, {{Japanese, 100}}},
};
static_assert(std::size(countrySpecs) == 14);

const char* const englishGiven[] = {
    "James",  "Mary",    "John",      "Patricia",   "Robert",  "Jennifer", "Michael",
    "Linda",  "William", "Elizabeth", "David",      "Barbara", "Richard",  "Susan",
    "Joseph", "Jessica", "Thomas",    "Sarah",      "Charles", "Karen",    "Christopher",
    "Lisa",   "Daniel",  "Nancy",     "Matthew",    "Betty",   "Anthony",  "Emily",
    "Mark",   "Olivia",  "Oliver",    "Amelia",     "George",  "Isla",     "Harry",
    "Ava",    "Jack",    "Sophie",    "Noah",       "Grace",   "Liam",     "Chloe",
    "Ethan",  "Megan",   "Zoë|zoe",   "Renée|renee"};
const char* const englishFamily[] = {
    "Smith",    "Johnson",  "Williams",  "Brown",    "Jones",      "Miller",   "Davis",
    "Wilson",   "Anderson", "Taylor",    "Moore",    "Jackson",    "Martin",   "Lee",
    "Thompson", "White",    "Harris",    "Clark",    "Lewis",      "Robinson", "Walker",
    "Young",    "Allen",    "King",      "Wright",   "Scott",      "Hill",     "Green",
    "Adams",    "Baker",    "Nelson",    "Carter",   "Mitchell",   "Roberts",  "Turner",
    "Phillips", "Campbell", "Evans",     "Edwards",  "Collins",    "Stewart",  "Morris",
    "Murphy",   "Cook",     "Rogers",    "O'Brien",  "O'Connor",   "Hughes",   "Price",
    "Bennett",  "Wood",     "Barnes",    "Ross",     "Henderson",  "Coleman",  "Jenkins",
    "Perry",    "Powell",   "Patterson", "Fletcher", "Smith-Jones"};
const char* const spanishGiven[] = {"José",
                                    "María",
                                    "Juan",
                                    "Ana",
                                    "Luis",
                                    "Carmen",
                                    "Carlos",
                                    "Lucía",
                                    "Javier",
                                    "Sofía",
                                    "Miguel",
                                    "Isabel",
                                    "Alejandro",
                                    "Valentina",
                                    "Andrés",
                                    "Camila",
                                    "Ángel",
                                    "Mónica",
                                    "Jesús",
                                    "Raúl",
                                    "Inés",
                                    "Sergio",
                                    "Beatriz",
                                    "Pablo",
                                    "Marta",
                                    "Diego",
                                    "Elena",
                                    "Fernando",
                                    "Guadalupe",
                                    "Rocío",
                                    "Iñaki",
                                    "Begoña",
                                    "María José|mariajose",
                                    "Juan Carlos|juancarlos"};
const char* const spanishFamily[] = {
    "García",  "Fernández", "González", "Rodríguez", "López",  "Martínez",  "Sánchez",
    "Pérez",   "Gómez",     "Martín",   "Jiménez",   "Ruiz",   "Hernández", "Díaz",
    "Moreno",  "Muñoz",     "Álvarez",  "Romero",    "Alonso", "Gutiérrez", "Navarro",
    "Torres",  "Domínguez", "Vázquez",  "Ramos",     "Gil",    "Ramírez",   "Serrano",
    "Blanco",  "Molina",    "Castro",   "Ortiz",     "Rubio",  "Núñez",     "Medina",
    "Morales", "Suárez",    "Ortega",   "Delgado",   "Peña",   "Ibáñez",    "Cruz",
    "Flores",  "Reyes"};
const char* const frenchGiven[] = {"Jean",
                                   "Marie",
                                   "Pierre",
                                   "Camille",
                                   "Louis",
                                   "Chloé",
                                   "François",
                                   "Léa",
                                   "Nicolas",
                                   "Manon",
                                   "Étienne",
                                   "Hélène",
                                   "Émile",
                                   "Zoé",
                                   "Jérôme",
                                   "Céline",
                                   "Gaël",
                                   "Maëlle",
                                   "Théo",
                                   "Inès",
                                   "Benoît",
                                   "Clémence",
                                   "Loïc",
                                   "Anaïs",
                                   "Sébastien",
                                   "Margaux",
                                   "Hugo",
                                   "Juliette",
                                   "Mathéo",
                                   "Aurélie",
                                   "Jean-Luc|jeanluc",
                                   "Marie-Hélène|mariehelene"};
const char* const frenchFamily[] = {
    "Martin",   "Bernard", "Dubois",   "Thomas",   "Robert",    "Richard",
    "Petit",    "Durand",  "Leroy",    "Moreau",   "Simon",     "Laurent",
    "Lefèvre",  "Michel",  "Garnier",  "Faure",    "Rousseau",  "Blanchard",
    "Mercier",  "Dupré",   "Lemaître", "Bélanger", "Chevalier", "Gauthier",
    "Perrin",   "Girard",  "Bonnet",   "Lambert",  "Fontaine",  "Rivière",
    "Lefebvre", "Côté",    "Gagné",    "Hébert",   "Ménard",    "de La Tour|delatour"};
const char* const germanGiven[] = {"Jürgen",     "Günter",
                                   "Jörg",       "Björn",
                                   "Lukas",      "Leon",
                                   "Finn",       "Jonas",
                                   "Maximilian", "Felix",
                                   "Paul",       "Elias",
                                   "Anna",       "Lena",
                                   "Lea",        "Hannah",
                                   "Sophie",     "Mia",
                                   "Emma",       "Käthe",
                                   "Uwe",        "Klaus",
                                   "Dieter",     "Helga",
                                   "Ursula",     "Sabine",
                                   "Katrin",     "Stefan",
                                   "Andreas",    "Wolfgang",
                                   "Frauke",     "Dörte",
                                   "Mareike",    "Hans-Peter|hanspeter"};
const char* const germanFamily[] = {"Müller",     "Schmidt",
                                    "Schneider",  "Fischer",
                                    "Weber",      "Meyer",
                                    "Wagner",     "Becker",
                                    "Schulz",     "Hoffmann",
                                    "Schäfer",    "Koch",
                                    "Bauer",      "Richter",
                                    "Klein",      "Wolf",
                                    "Schröder",   "Neumann",
                                    "Schwarz",    "Zimmermann",
                                    "Braun",      "Krüger",
                                    "Hofmann",    "Hartmann",
                                    "Lange",      "Schmitt",
                                    "Werner",     "Krause",
                                    "Meier",      "Lehmann",
                                    "Weiß|weiss", "Groß|gross",
                                    "Köhler",     "Jäger",
                                    "Vogel",      "Fuchs",
                                    "Böhm",       "von Weizsäcker|vonweizsaecker"};
const char* const portugueseGiven[] = {
    "João",     "Maria",   "José",     "Ana",     "Antônio", "Francisca", "Carlos",
    "Paulo",    "Adriana", "Lucas",    "Juliana", "Pedro",   "Márcia",    "Luís",
    "Fernanda", "Gabriel", "Patrícia", "Rafael",  "Aline",   "Mateus",    "Letícia",
    "Gustavo",  "Camila",  "Thiago",   "Bruna",   "Vitória", "Conceição", "Sebastião"};
const char* const portugueseFamily[] = {"Silva",
                                        "Santos",
                                        "Oliveira",
                                        "Souza",
                                        "Rodrigues",
                                        "Ferreira",
                                        "Alves",
                                        "Pereira",
                                        "Lima",
                                        "Gomes",
                                        "Costa",
                                        "Ribeiro",
                                        "Martins",
                                        "Carvalho",
                                        "Almeida",
                                        "Lopes",
                                        "Soares",
                                        "Fernandes",
                                        "Vieira",
                                        "Barbosa",
                                        "Rocha",
                                        "Dias",
                                        "Nascimento",
                                        "Andrade",
                                        "Moreira",
                                        "Nunes",
                                        "Marques",
                                        "Machado",
                                        "Mendes",
                                        "Freitas",
                                        "Cardoso",
                                        "Gonçalves",
                                        "Araújo",
                                        "Magalhães",
                                        "Assunção",
                                        "da Silva|dasilva",
                                        "dos Santos|dossantos"};
// No entry may contain the broad token (so no "Ghassan"): its share must come from
// makeBroadName() alone.
const char* const arabicLatinGiven[] = {
    "Mohammed", "Mohamed", "Muhammad",    "Ahmed",     "Ali",     "Omar",    "Khalid", "Abdullah",
    "Youssef",  "Yousef",  "Ibrahim",     "Mahmoud",   "Mustafa", "Hamza",   "Tariq",  "Karim",
    "Saeed",    "Rashid",  "Faisal",      "Nasser",    "Sultan",  "Majid",   "Zayed",  "Hamad",
    "Hussein",  "Hussain", "Abdulrahman", "Abdulaziz", "Fatima",  "Aisha",   "Mariam", "Noura",
    "Layla",    "Huda",    "Salma",       "Reem",      "Hind",    "Amal",    "Yasmin", "Dana",
    "Lina",     "Rania",   "Sara",        "Mona",      "Nadia",   "Shaikha", "Latifa", "Hessa"};
const char* const arabicLatinFamily[] = {
    "Al-Mansouri",  "Al-Hashimi", "Al-Falasi", "Al-Mazrouei", "Al-Suwaidi",
    "Al-Shamsi",    "Al-Nuaimi",  "Al-Ketbi",  "Al-Dhaheri",  "Al-Qahtani",
    "Al-Ghamdi",    "Al-Zahrani", "Al-Otaibi", "Al-Harbi",    "Al-Dosari",
    "Al-Shehri",    "Al-Mutairi", "Al-Anazi",  "Al-Subaie",   "El-Sayed",
    "Abdel-Rahman", "Mahmoud",    "Ibrahim",   "Mostafa",     "Farouk",
    "Khalil",       "Saleh",      "Haddad",    "Nasr",        "Youssef",
    "Aziz",         "Salem",      "Mansour",   "Darwish",     "Fahmy",
    "Gamal",        "Ezzat",      "Shawky",    "Hamdan",      "Bakr",
    "Othman",       "Qasim",      "Rahman",    "Hamdi",       "bin Zayed|binzayed"};
// Two carry their vowel marks, which the search folds away.
const char* const arabicScriptGiven[] = {
    "محمد|mohammed", "مُحَمَّد|muhammad", "أحمد|ahmed",       "علي|ali",      "عَلِيّ|ali",
    "عمر|omar",      "خالد|khalid",   "عبدالله|abdullah", "يوسف|youssef", "إبراهيم|ibrahim",
    "محمود|mahmoud", "مصطفى|mustafa", "حمزة|hamza",       "سعيد|saeed",   "فيصل|faisal",
    "ناصر|nasser",   "سلطان|sultan",  "فاطمة|fatima",     "عائشة|aisha",  "مريم|mariam",
    "نورة|noura",    "ليلى|layla",    "هدى|huda",         "سلمى|salma",   "ريم|reem",
    "أمل|amal",      "ياسمين|yasmin", "سارة|sara",        "منى|mona"};
const char* const arabicScriptFamily[] = {
    "العلي|alali",       "المنصوري|almansouri",   "الهاشمي|alhashimi",
    "الفلاسي|alfalasi",  "المزروعي|almazrouei",   "السويدي|alsuwaidi",
    "الشامسي|alshamsi",  "النعيمي|alnuaimi",      "القحطاني|alqahtani",
    "الغامدي|alghamdi",  "الزهراني|alzahrani",    "العتيبي|alotaibi",
    "الحربي|alharbi",    "الدوسري|aldosari",      "الشهري|alshehri",
    "المطيري|almutairi", "عبدالرحمن|abdelrahman", "السيد|elsayed",
    "إبراهيم|ibrahim",   "خليل|khalil",           "صالح|saleh",
    "حداد|haddad",       "منصور|mansour",         "درويش|darwish"};
const char* const indianGiven[] = {"Rahul",    "Priya",    "Amit",   "Anjali",  "Vikram", "Sneha",
                                   "Arjun",    "Pooja",    "Rohan",  "Neha",    "Sanjay", "Kavita",
                                   "Suresh",   "Deepika",  "Rajesh", "Lakshmi", "Aditya", "Ananya",
                                   "Karthik",  "Divya",    "Manoj",  "Swati",   "Vijay",  "Meera",
                                   "Harpreet", "Gurpreet", "Arun",   "Sunita",  "Ravi",   "Shreya"};
const char* const indianFamily[] = {
    "Sharma", "Verma",  "Gupta",      "Singh",     "Kumar",     "Patel",
    "Shah",   "Mehta",  "Reddy",      "Rao",       "Nair",      "Menon",
    "Iyer",   "Pillai", "Chatterjee", "Banerjee",  "Mukherjee", "Das",
    "Bose",   "Joshi",  "Kulkarni",   "Deshpande", "Agarwal",   "Malhotra",
    "Kapoor", "Chopra", "Bhatia",     "Saxena",    "Trivedi",   "Mishra",
    "Pandey", "Yadav",  "Khan",       "Sinha",     "Krishnan",  "Subramanian"};
const char* const devanagariGiven[] = {
    "राहुल|rahul", "प्रिया|priya",    "अमित|amit",   "अंजलि|anjali",   "विक्रम|vikram", "स्नेहा|sneha",
    "अर्जुन|arjun", "पूजा|pooja",      "रोहन|rohan",  "नेहा|neha",      "संजय|sanjay",   "कविता|kavita",
    "सुरेश|suresh", "दीपिका|deepika", "राजेश|rajesh", "लक्ष्मी|lakshmi", "आदित्य|aditya", "अनन्या|ananya"};
const char* const devanagariFamily[] = {
    "शर्मा|sharma",    "वर्मा|verma",     "गुप्ता|gupta", "सिंह|singh",      "कुमार|kumar", "पटेल|patel",
    "शाह|shah",       "मेहता|mehta",     "जोशी|joshi", "मिश्रा|mishra",   "पांडे|pandey", "यादव|yadav",
    "अग्रवाल|agarwal", "त्रिवेदी|trivedi", "कपूर|kapoor", "चौधरी|chaudhary"};
const char* const cyrillicGivenMale[] = {
    "Александр|aleksandr", "Дмитрий|dmitry", "Максим|maksim",  "Сергей|sergey",   "Андрей|andrey",
    "Алексей|aleksey",     "Иван|ivan",      "Михаил|mikhail", "Николай|nikolay", "Павел|pavel",
    "Владимир|vladimir",   "Артём|artyom",   "Егор|egor",      "Юрий|yuri"};
const char* const cyrillicGivenFemale[] = {
    "Анна|anna",         "Мария|maria",     "Елена|elena", "Ольга|olga",
    "Наталья|natalya",   "Татьяна|tatyana", "Ирина|irina", "Екатерина|ekaterina",
    "Светлана|svetlana", "Юлия|yulia",      "Дарья|darya", "Ксения|kseniya",
    "Алёна|alyona"};
const char* const cyrillicFamily[] = {
    "Иванов|ivanov",     "Смирнов|smirnov", "Кузнецов|kuznetsov", "Попов|popov",
    "Васильев|vasiliev", "Петров|petrov",   "Соколов|sokolov",    "Михайлов|mikhailov",
    "Новиков|novikov",   "Фёдоров|fedorov", "Морозов|morozov",    "Волков|volkov",
    "Алексеев|alekseev", "Лебедев|lebedev", "Семёнов|semenov",    "Егоров|egorov",
    "Павлов|pavlov",     "Козлов|kozlov",   "Степанов|stepanov",  "Николаев|nikolaev",
    "Орлов|orlov",       "Андреев|andreev", "Макаров|makarov",    "Никитин|nikitin"};
const char* const chineseFamily[] = {"王|wang", "李|li",    "张|zhang", "刘|liu", "陈|chen",
                                     "杨|yang", "黄|huang", "赵|zhao",  "吴|wu",  "周|zhou",
                                     "徐|xu",   "孙|sun",   "马|ma",    "朱|zhu", "胡|hu",
                                     "郭|guo",  "何|he",    "林|lin",   "罗|luo", "高|gao"};
const char* const chineseGiven[] = {
    "伟|wei",   "芳|fang",      "娜|na",       "秀英|xiuying", "敏|min",      "静|jing", "丽|li",
    "强|qiang", "磊|lei",       "军|jun",      "洋|yang",      "勇|yong",     "艳|yan",  "杰|jie",
    "娟|juan",  "涛|tao",       "明|ming",     "超|chao",      "秀兰|xiulan", "霞|xia",  "平|ping",
    "刚|gang",  "桂英|guiying", "子轩|zixuan", "浩然|haoran",  "欣怡|xinyi"};
const char* const japaneseFamily[] = {
    "佐藤|sato",     "鈴木|suzuki",   "高橋|takahashi", "田中|tanaka",    "伊藤|ito",
    "渡辺|watanabe", "山本|yamamoto", "中村|nakamura",  "小林|kobayashi", "加藤|kato",
    "吉田|yoshida",  "山田|yamada",   "佐々木|sasaki",  "山口|yamaguchi", "松本|matsumoto"};
const char* const japaneseGiven[] = {"太郎|taro",  "花子|hanako", "翔太|shota",  "陽菜|hina",
                                     "蓮|ren",     "結衣|yui",    "大翔|hiroto", "さくら|sakura",
                                     "健|ken",     "美咲|misaki", "拓海|takumi", "愛|ai",
                                     "翼|tsubasa", "葵|aoi"};

const char* const emojisRaw[] = {"🌟", "😊", "🔥",      "🌸", "✈️", "⚽",
                                 "💼", "🏠", "❤️", "👑", "🙏",      "🇦🇪"};
const char* const titlesRaw[] = {"Dr.", "Eng.", "Mr.", "Mrs.", "Prof."};

const char* const commonDomainsRaw[] = {"gmail.com",   "gmail.com",   "gmail.com", "yahoo.com",
                                        "hotmail.com", "outlook.com", "icloud.com"};
const char* const countryDomainsRaw[] = {
    "emirates.net.ae", "yahoo.com.sa", "yahoo.com.eg", "aol.com",    "btinternet.com",
    "rediffmail.com",  "uol.com.br",   "gmx.de",       "hotmail.es", "prodigy.net.mx",
    "orange.fr",       "mail.ru",      "qq.com",       "yahoo.co.jp"};
static_assert(std::size(countryDomainsRaw) == std::size(countrySpecs));

// Ordered from most to least used; the draw is Zipf-like over the rank, so `vip` and `lead`
// are on a large share of contacts and the generated `campaign-NNN` tail is rare.
const char* const headTags[] = {
    "vip",          "lead",         "customer",     "newsletter",  "prospect", "wholesale",
    "retail",       "repeat-buyer", "support",      "trial",       "partner",  "b2b",
    "b2c",          "follow-up",    "warm",         "hot",         "cold",     "churned",
    "referral",     "instagram",    "facebook-ads", "google-ads",  "website",  "walk-in",
    "ramadan-2024", "eid-offer",    "black-friday", "summer-sale", "dubai",    "riyadh",
    "cairo",        "abu-dhabi",    "jeddah",       "london",      "new-york", "mumbai",
    "são-paulo",    "berlin",       "madrid",       "cdmx",        "paris",    "moscow",
    "shanghai",     "tokyo",        "arabic",       "english",     "VIP-Gold", "Önemli",
    "عميل-مميز",    "постоянный"};
constexpr int campaignTags = 300;
const char* const labelPool[] = {"Support",   "Sales",    "Billing",   "Onboarding",
                                 "Escalated", "Priority", "Follow-up", "premium"};
const char* const plansRaw[] = {"free", "basic", "pro", "enterprise"};
const char* const referrersRaw[] = {"instagram", "friend", "google", "event", "tiktok", "store"};

QString asciiFold(const QString& text)
{
    QString out;
    out.reserve(text.size());
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (QChar ch : decomposed) {
        const char16_t c = ch.toLower().unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(QChar(c));
        else if (c == u'ß')
            out.append(QLatin1String("ss"));
    }
    return out;
}

QList<Part> parts(std::span<const char* const> raw)
{
    QList<Part> out;
    out.reserve(qsizetype(raw.size()));
    for (const char* entry : raw) {
        const QString text = QString::fromUtf8(entry);
        const qsizetype bar = text.indexOf(u'|');
        if (bar < 0)
            out.append({text, asciiFold(text)});
        else
            out.append({text.left(bar), text.mid(bar + 1)});
    }
    return out;
}

QStringList strings(std::span<const char* const> raw)
{
    QStringList out;
    for (const char* entry : raw)
        out.append(QString::fromUtf8(entry));
    return out;
}

QList<int> cumulative(const QList<int>& weights)
{
    QList<int> out;
    int sum = 0;
    for (int w : weights)
        out.append(sum += w);
    return out;
}

struct Country {
    QString region;
    QString callingCode;
    QStringList prefixes;
    int subscriberDigits = 0;
    quint64 power = 1;  ///< 10^subscriberDigits
    quint64 domain = 0; ///< prefixes × 10^subscriberDigits: the numbers of the plan
    int bits = 0;       ///< the smallest power of two that covers the domain
    QList<int> cultures;
    QList<int> cultureCumulative;
};

// Built once; read-only afterwards, so generators on several threads may share it.
struct Tables {
    std::array<Culture, CultureCount> cultures;
    QList<Country> countries;
    QList<int> countryCumulative;
    QStringList emojis;
    QStringList titles;
    QStringList commonDomains;
    QStringList countryDomains;
    QStringList tags;
    QList<double> tagCumulative; ///< normalized to end at 1
    QStringList labels;
    QStringList plans;
    QStringList referrers;

    Tables()
    {
        auto& en = cultures[English];
        en.given = parts(englishGiven);
        en.family = parts(englishFamily);
        cultures[Spanish].given = parts(spanishGiven);
        cultures[Spanish].family = parts(spanishFamily);
        cultures[French].given = parts(frenchGiven);
        cultures[French].family = parts(frenchFamily);
        cultures[German].given = parts(germanGiven);
        cultures[German].family = parts(germanFamily);
        cultures[Portuguese].given = parts(portugueseGiven);
        cultures[Portuguese].family = parts(portugueseFamily);
        cultures[ArabicLatin].given = parts(arabicLatinGiven);
        cultures[ArabicLatin].family = parts(arabicLatinFamily);
        auto& ar = cultures[ArabicScript];
        ar.given = parts(arabicScriptGiven);
        ar.family = parts(arabicScriptFamily);
        ar.latin = false;
        cultures[IndianLatin].given = parts(indianGiven);
        cultures[IndianLatin].family = parts(indianFamily);
        auto& hi = cultures[Devanagari];
        hi.given = parts(devanagariGiven);
        hi.family = parts(devanagariFamily);
        hi.latin = false;
        auto& ru = cultures[Cyrillic];
        ru.given = parts(cyrillicGivenMale);
        ru.givenFemale = parts(cyrillicGivenFemale);
        ru.family = parts(cyrillicFamily);
        ru.feminineSuffix = QStringLiteral("а");
        ru.latin = false;
        auto& zh = cultures[Chinese];
        zh.given = parts(chineseGiven);
        zh.family = parts(chineseFamily);
        zh.familyFirst = true;
        zh.joined = true;
        zh.latin = false;
        auto& ja = cultures[Japanese];
        ja.given = parts(japaneseGiven);
        ja.family = parts(japaneseFamily);
        ja.familyFirst = true;
        ja.latin = false;

        QList<int> countryWeights;
        for (const CountrySpec& spec : countrySpecs) {
            Country c;
            c.region = QString::fromLatin1(spec.region);
            c.callingCode = QString::fromLatin1(spec.callingCode);
            c.prefixes = QString::fromLatin1(spec.prefixes).split(u' ', Qt::SkipEmptyParts);
            c.subscriberDigits = spec.subscriberDigits;
            for (int i = 0; i < c.subscriberDigits; ++i)
                c.power *= 10;
            c.domain = quint64(c.prefixes.size()) * c.power;
            c.bits = int(std::bit_width(c.domain - 1));
            QList<int> weights;
            for (const auto& [culture, weight] : spec.cultures) {
                c.cultures.append(culture);
                weights.append(weight);
            }
            c.cultureCumulative = cumulative(weights);
            countries.append(c);
            countryWeights.append(spec.weight);
        }
        countryCumulative = cumulative(countryWeights);

        emojis = strings(emojisRaw);
        titles = strings(titlesRaw);
        commonDomains = strings(commonDomainsRaw);
        countryDomains = strings(countryDomainsRaw);
        tags = strings(headTags);
        for (int i = 1; i <= campaignTags; ++i)
            tags.append(QStringLiteral("campaign-%1").arg(i, 3, 10, QLatin1Char('0')));
        double sum = 0;
        for (qsizetype rank = 1; rank <= tags.size(); ++rank)
            tagCumulative.append(sum += 1.0 / double(rank));
        for (double& c : tagCumulative)
            c /= sum;
        labels = strings(labelPool);
        plans = strings(plansRaw);
        referrers = strings(referrersRaw);
    }
};

const Tables& tables()
{
    static const Tables instance;
    return instance;
}

quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// A bijection of [0, domain): a keyed mix of `bits`-bit words (each step, an odd multiply,
// an xor with the shifted word and an xor with the key, is invertible modulo 2^bits),
// walked until it lands inside the domain. Counter values 0, 1, 2, ... thus give distinct
// numbers that look random.
quint64 scramble(quint64 value, quint64 domain, int bits, quint64 key)
{
    const quint64 mask = bits >= 64 ? ~0ull : (1ull << bits) - 1;
    const int shift = bits / 2 + 1;
    do {
        for (int round = 0; round < 3; ++round) {
            value = (value * 0xD6E8FEB86659FD93ull) & mask;
            value ^= value >> shift;
            value ^= (key >> (round * 8)) & mask;
        }
    } while (value >= domain);
    return value;
}

const QString broad = QStringLiteral("Hassan");
const QStringList rare = {QStringLiteral("Quillfeather"), QStringLiteral("Vanterpool"),
                          QStringLiteral("Zbyszewska")};

} // namespace

ContactGenerator::ContactGenerator(quint64 seed) : m_rng(seed), m_seed(seed) {}

QString ContactGenerator::broadToken()
{
    return broad;
}

QStringList ContactGenerator::rareTokens()
{
    return rare;
}

quint64 ContactGenerator::below(quint64 bound)
{
    // The bias of a remainder is below bound / 2^64: nothing for the bounds used here.
    return draw() % bound;
}

bool ContactGenerator::chance(double p)
{
    return double(draw() >> 11) * 0x1.0p-53 < p;
}

int ContactGenerator::weighted(const QList<int>& cumulative)
{
    const int pick = int(below(quint64(cumulative.back())));
    return int(std::upper_bound(cumulative.begin(), cumulative.end(), pick) - cumulative.begin());
}

ContactGenerator::Name ContactGenerator::makeName(int cultureId)
{
    const Culture& culture = tables().cultures[cultureId];
    const bool female = !culture.givenFemale.isEmpty() && chance(0.5);
    const QList<Part>& givenPool = female ? culture.givenFemale : culture.given;
    const Part& given = givenPool[below(quint64(givenPool.size()))];
    Part family = culture.family[below(quint64(culture.family.size()))];
    if (female) {
        family.text += culture.feminineSuffix;
        family.ascii += QLatin1Char('a');
    }
    if (culture.latin && chance(5e-5)) {
        const QString& token = rare[qsizetype(below(quint64(rare.size())))];
        family = {token, token.toLower()};
    }

    Name name;
    name.asciiGiven = given.ascii;
    if (chance(0.05)) {
        // A first name only, as people often save a contact.
        name.display = given.text;
    } else {
        name.asciiFamily = family.ascii;
        if (culture.joined)
            name.display = family.text + given.text;
        else if (culture.familyFirst)
            name.display = chance(0.5) ? family.text + given.text
                                       : family.text + QLatin1Char(' ') + given.text;
        else
            name.display = given.text + QLatin1Char(' ') + family.text;
    }
    if (culture.latin) {
        if (chance(0.02))
            name.display = name.display.toLower();
        else if (chance(0.01))
            name.display = name.display.toUpper();
        if (chance(0.01))
            name.display = tables().titles[qsizetype(below(quint64(tables().titles.size())))] +
                           QLatin1Char(' ') + name.display;
    }
    if (chance(0.02))
        name.display +=
            QLatin1Char(' ') + tables().emojis[qsizetype(below(quint64(tables().emojis.size())))];
    return name;
}

ContactGenerator::Name ContactGenerator::makeBroadName()
{
    const Culture& culture = tables().cultures[ArabicLatin];
    const Part& given = culture.given[below(quint64(culture.given.size()))];
    const Part& family = culture.family[below(quint64(culture.family.size()))];
    const QString token = broad.toLower();
    Name name;
    const quint64 form = below(10);
    if (form < 6) {
        name = {given.text + QLatin1Char(' ') + broad, given.ascii, token};
    } else if (form < 9) {
        name = {broad + QLatin1Char(' ') + family.text, token, family.ascii};
    } else {
        // Given name, father's name, family name.
        name = {given.text + QLatin1Char(' ') + broad + QLatin1Char(' ') + family.text, given.ascii,
                family.ascii};
    }
    return name;
}

QString ContactGenerator::nextPhone(int plan)
{
    const Country& country = tables().countries[plan];
    const quint64 key = splitMix(m_seed ^ (quint64(plan) << 56));
    for (int attempt = 0; attempt < 100000; ++attempt) {
        const quint64 number = scramble(m_phoneCounters[plan]++, country.domain, country.bits, key);
        const QString subscriber = QStringLiteral("%1").arg(
            number % country.power, country.subscriberDigits, 10, QLatin1Char('0'));
        const QString candidate = QLatin1Char('+') + country.callingCode +
                                  country.prefixes[qsizetype(number / country.power)] + subscriber;
        const auto parsed = PhoneNumbers::parseInternational(candidate);
        if (parsed && parsed->region == country.region && parsed->e164 == candidate)
            return candidate;
    }
    // Only a wrong table gets here: no prefix of the plan gives valid numbers.
    qFatal("ContactGenerator: the numbering plan of %s yields no valid numbers",
           qPrintable(country.region));
}

QString ContactGenerator::makeEmail(const Name& name, int country)
{
    const Tables& t = tables();
    const QString domain = chance(0.7)
                               ? t.commonDomains[qsizetype(below(quint64(t.commonDomains.size())))]
                               : t.countryDomains[country];
    const QString& g = name.asciiGiven;
    const QString& f = name.asciiFamily;
    QString local;
    if (g.isEmpty()) {
        static const QString stems[] = {QStringLiteral("info"), QStringLiteral("sales"),
                                        QStringLiteral("contact"), QStringLiteral("orders"),
                                        QStringLiteral("office")};
        local = stems[below(std::size(stems))] + QString::number(below(10000));
    } else if (f.isEmpty()) {
        local =
            chance(0.5) ? g + QString::number(below(100)) : g + QString::number(1960 + below(45));
    } else {
        switch (below(7)) {
        case 0:
            local = g + QLatin1Char('.') + f;
            break;
        case 1:
            local = g + f;
            break;
        case 2:
            local = g + QLatin1Char('_') + f;
            break;
        case 3:
            local = g.left(1) + QLatin1Char('.') + f;
            break;
        case 4:
            local = g + QLatin1Char('.') + f + QString::number(below(100));
            break;
        case 5:
            local = f + QLatin1Char('.') + g;
            break;
        default:
            local = g + f.left(1) + QString::number(1960 + below(45));
            break;
        }
    }
    return local + QLatin1Char('@') + domain;
}

QJsonArray ContactGenerator::makeTags()
{
    const Tables& t = tables();
    static const QList<int> countCumulative = cumulative({25, 30, 22, 14, 9}); // 0..4 tags
    const int count = weighted(countCumulative);
    QJsonArray out;
    QList<qsizetype> picked;
    while (out.size() < count) {
        const double u = double(draw() >> 11) * 0x1.0p-53;
        const qsizetype rank = std::upper_bound(t.tagCumulative.begin(), t.tagCumulative.end(), u) -
                               t.tagCumulative.begin();
        const qsizetype index = std::min(rank, t.tags.size() - 1);
        if (picked.contains(index))
            continue;
        picked.append(index);
        out.append(t.tags[index]);
    }
    return out;
}

QJsonArray ContactGenerator::makeLabels()
{
    const Tables& t = tables();
    QJsonArray out;
    if (chance(0.2)) {
        const qsizetype first = qsizetype(below(quint64(t.labels.size())));
        out.append(t.labels[first]);
        if (chance(0.15))
            out.append(t.labels[(first + 1 + qsizetype(below(quint64(t.labels.size() - 1)))) %
                                t.labels.size()]);
    }
    return out;
}

QJsonObject ContactGenerator::makeParams()
{
    const Tables& t = tables();
    static const QList<int> countCumulative = cumulative({40, 25, 20, 15}); // 0..3 keys
    const int count = weighted(countCumulative);
    QJsonObject out;
    while (out.size() < count) {
        switch (below(6)) {
        case 0:
            out.insert(QStringLiteral("plan"), t.plans[qsizetype(below(quint64(t.plans.size())))]);
            break;
        case 1:
            out.insert(QStringLiteral("orderCount"), qint64(below(200)));
            break;
        case 2:
            out.insert(QStringLiteral("newsletter"), chance(0.5));
            break;
        case 3:
            out.insert(QStringLiteral("lifetimeValue"), double(below(5000000)) / 100.0);
            break;
        case 4:
            out.insert(QStringLiteral("shopify_customer_id"),
                       QStringLiteral("cust_%1").arg(below(1000000), 6, 10, QLatin1Char('0')));
            break;
        default:
            out.insert(
                QStringLiteral("referrer"),
                chance(0.2)
                    ? QJsonValue(QJsonValue::Null)
                    : QJsonValue(t.referrers[qsizetype(below(quint64(t.referrers.size())))]));
            break;
        }
    }
    return out;
}

QJsonObject ContactGenerator::next()
{
    const Tables& t = tables();
    const int country = weighted(t.countryCumulative);
    const Country& spec = t.countries[country];

    std::optional<Name> name;
    if (!chance(0.10)) {
        // 0.9 × 0.0556 ≈ 5% of all contacts carry the broad token.
        if (chance(0.0556))
            name = makeBroadName();
        else
            name = makeName(spec.cultures[weighted(spec.cultureCumulative)]);
    }

    const QString e164 = nextPhone(country);
    m_lastPhone = e164;
    QString userNumber = e164;
    const quint64 style = below(20);
    if (style == 0)
        userNumber = QStringLiteral("00") + e164.mid(1);
    else if (style <= 2)
        userNumber = PhoneNumbers::formatInternational(e164);

    QJsonObject body;
    body.insert(QStringLiteral("userNumber"), userNumber);
    if (name)
        body.insert(QStringLiteral("userName"), name->display);
    if (name ? chance(0.65) : chance(0.15))
        body.insert(QStringLiteral("email"), makeEmail(name.value_or(Name{}), country));
    if (chance(0.5))
        body.insert(QStringLiteral("countryCode"), spec.region);
    if (QJsonArray tags = makeTags(); !tags.isEmpty())
        body.insert(QStringLiteral("tags"), tags);
    if (QJsonArray labels = makeLabels(); !labels.isEmpty())
        body.insert(QStringLiteral("labels"), labels);
    if (QJsonObject params = makeParams(); !params.isEmpty())
        body.insert(QStringLiteral("params"), params);
    ++m_generated;
    return body;
}

QJsonArray ContactGenerator::nextBatch(int count)
{
    QJsonArray batch;
    for (int i = 0; i < count; ++i)
        batch.append(next());
    return batch;
}
