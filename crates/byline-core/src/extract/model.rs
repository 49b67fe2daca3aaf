//! What extraction produces: entities, quotes and numbers, each anchored to
//! spans of the article text. These types are the whole interface between
//! the extractors and everything that shows or exports their results.

use crate::article::Span;

/// The kind of real-world thing an entity is (the byline/1 `type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    Person,
    Organization,
    Place,
    Group,
    Date,
    Event,
    Law,
    Work,
    Product,
    Other,
}

impl EntityType {
    /// Every type, in the order filters cycle through them.
    pub const ALL: [EntityType; 10] = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Place,
        EntityType::Group,
        EntityType::Date,
        EntityType::Event,
        EntityType::Law,
        EntityType::Work,
        EntityType::Product,
        EntityType::Other,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organization => "organization",
            EntityType::Place => "place",
            EntityType::Group => "group",
            EntityType::Date => "date",
            EntityType::Event => "event",
            EntityType::Law => "law",
            EntityType::Work => "work",
            EntityType::Product => "product",
            EntityType::Other => "other",
        }
    }
}

/// One real-world thing and every place the text names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Position in [`Analysis::entities`].
    pub id: usize,
    /// The fullest form found in the text ("Nayib Bukele").
    pub name: String,
    pub kind: EntityType,
    /// Every surface form used, the name included.
    pub aliases: Vec<String>,
    /// All occurrences, in text order.
    pub mentions: Vec<Span>,
}

/// A direct quotation and who it is attributed to.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub id: usize,
    /// The text inside the quotation marks.
    pub span: Span,
    /// Canonical name of the speaker ("Marco Rubio", "A federal judge").
    pub speaker: Option<String>,
    /// The entity the speaker is, when it is one.
    pub speaker_entity: Option<usize>,
    /// The reporting verb ("said", "wrote", "described").
    pub cue: Option<String>,
}

/// What a number measures (the byline/1 `kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NumberKind {
    Money,
    Percent,
    Count,
    Measure,
    Ordinal,
    Year,
    Date,
    Other,
}

impl NumberKind {
    pub const ALL: [NumberKind; 8] = [
        NumberKind::Money,
        NumberKind::Percent,
        NumberKind::Count,
        NumberKind::Measure,
        NumberKind::Ordinal,
        NumberKind::Year,
        NumberKind::Date,
        NumberKind::Other,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            NumberKind::Money => "money",
            NumberKind::Percent => "percent",
            NumberKind::Count => "count",
            NumberKind::Measure => "measure",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Year => "year",
            NumberKind::Date => "date",
            NumberKind::Other => "other",
        }
    }
}

/// A number in the text, with what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// The number with its currency, scale, unit or counted noun ("$6 million").
    pub span: Span,
    pub kind: NumberKind,
    /// The value after scaling ("$6.5 billion" → 6.5e9), when computable.
    pub value: Option<f64>,
    /// ISO 4217 code for money, "%" for percents, the counted noun or unit.
    pub unit: Option<String>,
    /// The clause or sentence around it, about 120 characters at most.
    pub context: Span,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// In order of first mention; `id` is the index.
    pub entities: Vec<Entity>,
    /// In text order; `id` is the index.
    pub quotes: Vec<Quote>,
    /// In text order.
    pub numbers: Vec<NumberMention>,
    /// The calendar value of each date entity and date or year number.
    pub dates: super::calendar::Calendar,
}
