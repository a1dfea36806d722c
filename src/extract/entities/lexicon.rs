//! Gazetteers (built by `scripts/data/build_gazetteers.py`) and the word lists the rules use.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// What a known name is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Known {
    /// A country or region; the canonical name.
    Place(String),
    /// A demonym; the country it points to.
    Demonym(String),
    /// A capital or government seat that can stand for its state.
    Capital(String),
    /// A city or US state.
    City,
}

/// The loaded gazetteers.
pub struct Lexicon {
    pub names: HashMap<String, Known>,
    pub given: HashSet<String>,
}

/// The lexicon, built once.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(build)
}

fn build() -> Lexicon {
    let mut names = HashMap::default();
    for city in include_str!("../../../data/cities.txt").lines() {
        names.insert(city.to_string(), Known::City);
    }
    for line in include_str!("../../../data/countries.tsv").lines() {
        let mut f = line.split('\t');
        let (tag, first, third) = (
            f.next().unwrap_or(""),
            f.next().unwrap_or(""),
            f.next().unwrap_or(""),
        );
        match tag {
            "C" => {
                let canon = first.split('|').next().unwrap_or("").to_string();
                for alias in first.split('|') {
                    names.insert(alias.to_string(), Known::Place(canon.clone()));
                }
                if !third.is_empty() {
                    names.insert(third.to_string(), Known::Capital(canon.clone()));
                }
            }
            "D" => {
                names.insert(first.to_string(), Known::Demonym(third.to_string()));
            }
            "R" => {
                names.insert(first.to_string(), Known::Place(first.to_string()));
            }
            _ => {
                names.insert(first.to_string(), Known::City);
            }
        }
    }
    // Seats of government named for the state ("Washington says").
    names.insert("Washington".into(), Known::Capital("United States".into()));
    names.insert(
        "Palestinian Territory".into(),
        Known::Place("Palestine".into()),
    );
    let given = include_str!("../../../data/given_names.txt")
        .lines()
        .map(str::to_string)
        .collect();
    Lexicon { names, given }
}

/// Capitalised words that start sentences but name nothing.
pub fn is_stopword(w: &str) -> bool {
    const STOP: &[&str] = &[
        "A",
        "An",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "His",
        "Her",
        "They",
        "Their",
        "We",
        "Our",
        "I",
        "You",
        "Your",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "To",
        "Of",
        "With",
        "As",
        "After",
        "Before",
        "During",
        "Since",
        "Until",
        "While",
        "When",
        "Where",
        "What",
        "Which",
        "Who",
        "Why",
        "How",
        "If",
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "Also",
        "However",
        "According",
        "Both",
        "Each",
        "All",
        "Some",
        "Many",
        "Most",
        "Other",
        "Such",
        "No",
        "Not",
        "There",
        "Here",
        "Now",
        "Then",
        "Today",
        "Yesterday",
        "Tomorrow",
        "Meanwhile",
        "Although",
        "Though",
        "Because",
        "Following",
        "Despite",
        "Under",
        "Over",
        "About",
        "Against",
        "Among",
        "Between",
        "Into",
        "Through",
        "Without",
        "Within",
        "Amid",
        "Earlier",
        "Later",
        "Last",
        "Next",
        "One",
        "Two",
        "Three",
        "First",
        "Second",
        "New",
        "More",
        "Further",
        "Read",
        "Share",
        "Click",
        "Subscribe",
        "Advertisement",
        "Photo",
        "Image",
        "Video",
        "Updated",
        "Published",
        "Posted",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Yes",
        "Let",
        "Please",
        "Thus",
        "Instead",
        "Still",
        "Even",
        "Just",
        "Only",
        "Any",
        "Every",
        "Several",
        "Those",
        "Very",
        "Nor",
        "Whether",
        "Once",
        "Unlike",
        "Like",
        "Via",
        "Per",
        "Upon",
        "Toward",
        "Towards",
        "Across",
        "Along",
        "Around",
        "Behind",
        "Beyond",
        "Near",
        "Above",
        "Below",
        "Inside",
        "Outside",
        "Is",
        "Was",
        "Are",
        "Were",
        "Will",
        "Would",
        "Can",
        "Could",
        "Should",
        "May",
        "Might",
        "Must",
        "Do",
        "Does",
        "Did",
        "Has",
        "Have",
        "Had",
        "Be",
        "Being",
        "Been",
        "Said",
        "Says",
        "Asked",
        "Sources",
        "Officials",
    ];
    STOP.contains(&w)
}

/// Titles written before a name ("President Putin"); the mention includes them.
pub fn is_title(w: &str) -> bool {
    const T: &[&str] = &[
        "President",
        "Prime",
        "Minister",
        "Chancellor",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Sheikh",
        "Emir",
        "Pope",
        "Secretary",
        "Secretary-General",
        "Senator",
        "Sen.",
        "Governor",
        "Gov.",
        "Mayor",
        "General",
        "Gen.",
        "Ambassador",
        "Chairman",
        "Chairwoman",
        "CEO",
        "Director",
        "Leader",
        "Supreme",
        "Vice",
        "Deputy",
        "Foreign",
        "Defence",
        "Defense",
        "Finance",
        "Spokesman",
        "Spokeswoman",
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
        "Dr",
        "Dr.",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Judge",
        "Justice",
        "Rep.",
        "Representative",
        "Commander",
        "Admiral",
        "Colonel",
        "Col.",
        "Captain",
        "Capt.",
        "Lt.",
        "Sgt.",
        "Premier",
        "Chief",
        "Ayatollah",
        "Crown",
        "Speaker",
        "Founder",
        "Chair",
        "Executive",
        "Officer",
        "Senior",
        "Former",
        "Emperor",
        "Empress",
        "Pharaoh",
        "Sultan",
        "Tsar",
        "Czar",
        "Duke",
        "Duchess",
        "Earl",
        "Baron",
        "Archbishop",
        "Bishop",
        "Cardinal",
        "Presiding",
    ];
    T.contains(&w)
}

/// Lower-case role words that may precede a name ("Kremlin aide", "foreign policy adviser"):
/// the role heads, and the words that qualify them or name a role of their own.
pub fn is_role_word(w: &str) -> bool {
    const QUALIFIERS: &[&str] = &[
        "foreign",
        "policy",
        "defence",
        "defense",
        "senior",
        "top",
        "former",
        "deputy",
        "executive",
        "economist",
        "correspondent",
        "reporter",
        "editor",
        "presidential",
        "security",
        "national",
        "prime",
        "vice",
        "general",
        "press",
        "co-founder",
        "lawmaker",
        "representative",
        "senator",
        "judge",
    ];
    is_role_head(w) || QUALIFIERS.contains(&w)
}

/// Nouns that head role phrases ("adviser" in "Putin's foreign policy adviser").
pub fn is_role_head(w: &str) -> bool {
    const H: &[&str] = &[
        "aide",
        "adviser",
        "advisor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "president",
        "leader",
        "chief",
        "envoy",
        "official",
        "ambassador",
        "secretary",
        "chairman",
        "ceo",
        "founder",
        "director",
        "commander",
        "head",
        "diplomat",
        "premier",
        "governor",
        "mayor",
        "counterpart",
        "analyst",
    ];
    H.contains(&w)
}

/// Capitalised codes that are units, currencies, time zones or job titles, not names.
pub fn is_non_name(w: &str) -> bool {
    const N: &[&str] = &[
        "UTC", "GMT", "EST", "EDT", "PST", "PDT", "CET", "CEST", "BST", "USD", "EUR", "GBP", "JPY",
        "CNY", "RMB", "AUD", "CAD", "CHF", "INR", "GHz", "MHz", "KB", "MB", "GB", "TB", "Mbps",
        "Gbps", "CEO", "C.E.O.", "CFO", "COO", "CTO", "VIP", "LCD", "LED", "TV", "PC", "DVD", "CD",
        "SDK", "API", "AM", "PM", "BC", "AD", "BCE", "CE", "OK",
    ];
    N.contains(&w)
}

/// Lower-case function words: they end a descriptive noun phrase.
pub fn is_function_word(w: &str) -> bool {
    const F: &[&str] = &[
        "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "the", "a",
        "an", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
        "can", "could", "may", "might", "should", "must", "that", "which", "who", "as", "than",
        "then", "also", "not", "its", "their", "his", "her", "this", "these", "those", "such",
        "said", "says", "due", "after", "before", "over", "under", "into",
    ];
    F.contains(&w)
}

/// Lower-case nouns for people that come right before a name ("the pharaoh Thutmose", "his nephew Rastiz").
pub fn is_person_noun(w: &str) -> bool {
    const P: &[&str] = &[
        "king",
        "queen",
        "emperor",
        "empress",
        "pharaoh",
        "prince",
        "princess",
        "sultan",
        "tsar",
        "czar",
        "pope",
        "bishop",
        "archbishop",
        "priest",
        "saint",
        "prophet",
        "apostle",
        "son",
        "daughter",
        "wife",
        "husband",
        "brother",
        "sister",
        "father",
        "mother",
        "nephew",
        "niece",
        "uncle",
        "aunt",
        "cousin",
        "grandson",
        "granddaughter",
        "widow",
        "friend",
        "poet",
        "writer",
        "author",
        "novelist",
        "painter",
        "artist",
        "composer",
        "musician",
        "singer",
        "actor",
        "actress",
        "director",
        "producer",
        "historian",
        "philosopher",
        "scientist",
        "physicist",
        "chemist",
        "biologist",
        "mathematician",
        "astronomer",
        "astronaut",
        "inventor",
        "engineer",
        "architect",
        "explorer",
        "player",
        "coach",
        "striker",
        "goalkeeper",
        "captain",
        "general",
        "admiral",
        "colonel",
        "lieutenant",
        "sergeant",
        "soldier",
        "commander",
        "governor",
        "senator",
        "mayor",
        "judge",
        "lawyer",
        "scholar",
        "professor",
        "student",
        "teacher",
        "journalist",
        "photographer",
        "businessman",
        "businesswoman",
        "entrepreneur",
        "analyst",
        "economist",
        "dr",
    ];
    P.contains(&w)
}

/// Verbs of making before "by" and a person ("directed by", "written by").
pub fn is_creation_verb(w: &str) -> bool {
    const V: &[&str] = &[
        "written",
        "directed",
        "painted",
        "composed",
        "sung",
        "performed",
        "invented",
        "designed",
        "discovered",
        "narrated",
        "illustrated",
        "produced",
        "authored",
        "founded",
        "played",
        "portrayed",
        "murdered",
        "killed",
        "assassinated",
        "succeeded",
        "married",
        "appointed",
        "edited",
        "translated",
        "sculpted",
        "photographed",
    ];
    V.contains(&w)
}

/// Prepositions after which an unknown name is most likely a place ("in X", "through X").
pub fn is_locative(w: &str) -> bool {
    matches!(
        w,
        "in" | "near"
            | "into"
            | "through"
            | "throughout"
            | "across"
            | "outside"
            | "inside"
            | "around"
            | "within"
            | "toward"
            | "towards"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
    )
}

/// Nouns for places before "of" and a name ("the city of X", "the district of Fontvieille").
pub fn is_place_noun(w: &str) -> bool {
    const P: &[&str] = &[
        "city",
        "town",
        "village",
        "region",
        "province",
        "island",
        "islands",
        "capital",
        "kingdom",
        "state",
        "district",
        "coast",
        "port",
        "county",
        "municipality",
        "suburb",
        "area",
        "valley",
        "peninsula",
        "principality",
        "duchy",
        "republic",
        "empire",
        "territory",
        "borough",
        "parish",
        "prefecture",
        "outskirts",
        "shores",
        "banks",
        "mouth",
    ];
    P.contains(&w)
}

/// Last words that make a name an organisation.
pub fn is_org_head(w: &str) -> bool {
    const O: &[&str] = &[
        "Inc",
        "Inc.",
        "Corp",
        "Corp.",
        "Corporation",
        "Company",
        "Co.",
        "Ltd",
        "Ltd.",
        "LLC",
        "PLC",
        "plc",
        "AG",
        "SA",
        "N.V.",
        "NV",
        "GmbH",
        "Group",
        "Agency",
        "Organisation",
        "Organization",
        "Airlines",
        "Airways",
        "Air",
        "Bank",
        "Ministry",
        "Council",
        "Party",
        "University",
        "College",
        "Committee",
        "Commission",
        "Association",
        "Union",
        "Institute",
        "Foundation",
        "Fund",
        "Court",
        "Parliament",
        "Assembly",
        "Army",
        "Navy",
        "Forces",
        "Force",
        "Police",
        "Office",
        "Department",
        "Senate",
        "Congress",
        "Cabinet",
        "Times",
        "Post",
        "News",
        "Network",
        "Motors",
        "Systems",
        "Technologies",
        "Industries",
        "Holdings",
        "Partners",
        "Press",
        "Journal",
        "Herald",
        "Guard",
        "Guards",
        "Service",
        "Services",
        "Authority",
        "Board",
        "Bureau",
        "Federation",
        "League",
        "Club",
        "Team",
        "Society",
        "Alliance",
        "Coalition",
        "Movement",
        "Front",
        "Corps",
        "Institution",
        "Laboratories",
        "Labs",
        "Media",
        "Television",
        "TV",
        "Radio",
        "Broadcasting",
        "Enterprises",
        "Communications",
        "Electronics",
        "Pharmaceuticals",
        "Energy",
        "Oil",
        "Gas",
        "Telecom",
        "Records",
        "Studios",
        "Pictures",
        "Entertainment",
        "Software",
        "Capital",
        "Securities",
        "Exchange",
        "Reserve",
        "Administration",
        "Secretariat",
        "Directorate",
        "Tribunal",
        "Commonwealth",
    ];
    O.contains(&w)
}

/// Well-known organisations that carry no head word; general news knowledge, not taken from eval data.
pub fn is_known_org(w: &str) -> bool {
    const K: &[&str] = &[
        "Kremlin",
        "White House",
        "Pentagon",
        "Downing Street",
        "Elysee",
        "Congress",
        "Knesset",
        "Duma",
        "UN",
        "U.N.",
        "United Nations",
        "NATO",
        "EU",
        "European Union",
        "G7",
        "G8",
        "G20",
        "BRICS",
        "IAEA",
        "WHO",
        "IMF",
        "World Bank",
        "OPEC",
        "ASEAN",
        "OSCE",
        "WTO",
        "UNESCO",
        "UNICEF",
        "Interpol",
        "CIA",
        "FBI",
        "NSA",
        "KGB",
        "FSB",
        "Mossad",
        "CBS",
        "CNN",
        "BBC",
        "NBC",
        "ABC",
        "Fox News",
        "Reuters",
        "AP",
        "AFP",
        "Bloomberg",
        "Xinhua",
        "TASS",
        "RIA Novosti",
        "Al Jazeera",
        "Sputnik",
        "Hamas",
        "Hezbollah",
        "Taliban",
        "Houthis",
        "ISIS",
        "Al-Qaeda",
        "Google",
        "Microsoft",
        "Amazon",
        "Facebook",
        "Meta",
        "Twitter",
        "Tesla",
        "Samsung",
        "Sony",
        "Toyota",
        "Volkswagen",
        "Nasdaq",
        "NASA",
        "SCO",
        "Politico",
        "Axios",
        "Gazprom",
        "Rosatom",
        "Kremlin.ru",
        "Wikinews",
        "Wikipedia",
    ];
    K.contains(&w)
}

/// Last words that make a name an event.
pub fn is_event_head(w: &str) -> bool {
    const E: &[&str] = &[
        "Forum",
        "Summit",
        "Conference",
        "Games",
        "Olympics",
        "War",
        "Festival",
        "Expo",
        "Cup",
        "Championship",
        "Championships",
        "Congress",
        "Election",
        "Elections",
        "Revolution",
        "Crisis",
        "Uprising",
        "Massacre",
        "Show",
        "Week",
        "Awards",
        "Convention",
        "Talks",
        "Dialogue",
        "Symposium",
        "Marathon",
        "Olympiad",
    ];
    E.contains(&w)
}

/// Last words that make a name a law or treaty.
pub fn is_law_head(w: &str) -> bool {
    const L: &[&str] = &[
        "Charter",
        "Treaty",
        "Act",
        "Accord",
        "Accords",
        "Agreement",
        "Constitution",
        "Protocol",
        "Resolution",
        "Amendment",
        "Bill",
        "Law",
        "Code",
        "Declaration",
        "Pact",
        "Directive",
        "Statute",
        "Doctrine",
    ];
    L.contains(&w)
}

/// Last words that make a name a place.
pub fn is_place_head(w: &str) -> bool {
    const P: &[&str] = &[
        "Airport",
        "Street",
        "Avenue",
        "Square",
        "River",
        "Lake",
        "Mountain",
        "Mountains",
        "Mount",
        "Island",
        "Islands",
        "Province",
        "Region",
        "County",
        "City",
        "Valley",
        "Bay",
        "Sea",
        "Ocean",
        "Strait",
        "Peninsula",
        "Desert",
        "Park",
        "Bridge",
        "Port",
        "Harbour",
        "Harbor",
        "District",
        "Village",
        "Coast",
        "Gulf",
        "Canal",
        "Plant",
        "Base",
        "Station",
        "Oblast",
        "Governorate",
        "Territory",
        "Territories",
        "Delta",
        "Rift",
        "Canyon",
        "Falls",
        "Hills",
        "Heights",
        "Plain",
        "Plains",
        "Basin",
        "Glacier",
        "Reef",
        "Archipelago",
        "Fjord",
        "Highlands",
        "Lowlands",
        "Forest",
    ];
    P.contains(&w)
}

/// Connectors allowed inside a name ("Bank of England", "Mohammed bin Zayed").
pub fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "for"
            | "de"
            | "bin"
            | "ibn"
            | "al"
            | "von"
            | "van"
            | "der"
            | "du"
            | "da"
            | "del"
            | "la"
            | "le"
            | "&"
            | "and"
            | "on"
            | "the"
    )
}

/// Verbs after which a capital city acts as its state ("Moscow says").
pub fn is_agent_verb(w: &str) -> bool {
    const V: &[&str] = &[
        "say",
        "says",
        "said",
        "agree",
        "agrees",
        "agreed",
        "announce",
        "announces",
        "announced",
        "warn",
        "warns",
        "warned",
        "accuse",
        "accuses",
        "accused",
        "deny",
        "denies",
        "denied",
        "condemn",
        "condemns",
        "condemned",
        "urge",
        "urges",
        "urged",
        "insist",
        "insists",
        "insisted",
        "claim",
        "claims",
        "claimed",
        "reject",
        "rejects",
        "rejected",
        "want",
        "wants",
        "wanted",
        "threaten",
        "threatens",
        "threatened",
        "has",
        "have",
        "had",
        "is",
        "was",
        "will",
        "would",
        "share",
        "shares",
        "believe",
        "believes",
        "support",
        "supports",
        "supported",
        "seeks",
        "sought",
        "sees",
        "views",
        "hopes",
        "fears",
        "called",
        "calls",
        "responded",
        "demanded",
        "demands",
        "imposed",
        "sanctioned",
        "backed",
        "backs",
        "opposes",
        "opposed",
        "insisted",
        "stated",
        "stressed",
        "signed",
        "promised",
        "offered",
        "refused",
    ];
    V.contains(&w)
}
