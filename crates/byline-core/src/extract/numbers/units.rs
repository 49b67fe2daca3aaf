//! Currencies and units of measure: what turns a bare number into money,
//! a percentage or a measure. Currency codes are ISO 4217.

/// A currency symbol written before the amount ("$", "€", "£").
pub fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₩" => "KRW",
        "₽" => "RUB",
        "₺" => "TRY",
        "₪" => "ILS",
        "₦" => "NGN",
        "₱" => "PHP",
        "฿" => "THB",
        "₫" => "VND",
        "₴" => "UAH",
        _ => return None,
    })
}

/// The letters glued before "$" that say which dollar ("US$", "HK$").
pub fn dollar_prefix(s: &str) -> Option<&'static str> {
    Some(match s {
        "US" | "U.S." => "USD",
        "A" | "AU" | "AUD" => "AUD",
        "C" | "CA" | "CAN" | "CDN" => "CAD",
        "NZ" => "NZD",
        "HK" => "HKD",
        "S" | "SG" => "SGD",
        "NT" => "TWD",
        "R" => "BRL",
        "MX" | "Mex" => "MXN",
        _ => return None,
    })
}

/// ISO 4217 codes written as words before or after an amount ("USD 5",
/// "5 million EUR"), plus the common "RMB" and "Rs".
pub fn currency_code(s: &str) -> Option<&'static str> {
    Some(match s {
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "INR" | "Rs" | "Rs." => "INR",
        "CHF" => "CHF",
        "CAD" => "CAD",
        "AUD" => "AUD",
        "NZD" => "NZD",
        "HKD" => "HKD",
        "SGD" => "SGD",
        "KRW" => "KRW",
        "RUB" => "RUB",
        "BRL" => "BRL",
        "MXN" => "MXN",
        "ZAR" => "ZAR",
        "TRY" => "TRY",
        "SEK" => "SEK",
        "NOK" => "NOK",
        "DKK" => "DKK",
        "PLN" => "PLN",
        "HUF" => "HUF",
        "CZK" => "CZK",
        "ILS" => "ILS",
        "NGN" => "NGN",
        "KES" => "KES",
        "EGP" => "EGP",
        "SAR" => "SAR",
        "AED" => "AED",
        "QAR" => "QAR",
        "PKR" => "PKR",
        "BDT" => "BDT",
        "IDR" => "IDR",
        "MYR" => "MYR",
        "THB" => "THB",
        "VND" => "VND",
        "PHP" => "PHP",
        "TWD" => "TWD",
        "ARS" => "ARS",
        "CLP" => "CLP",
        "COP" => "COP",
        "PEN" => "PEN",
        "UAH" => "UAH",
        _ => return None,
    })
}

/// A currency named after the amount ("422,000 euros"): its default code
/// and the factor to the main unit (cents are hundredths).
pub fn currency_word(w: &str) -> Option<(&'static str, f64)> {
    Some(match w {
        "dollar" | "dollars" => ("USD", 1.0),
        "euro" | "euros" => ("EUR", 1.0),
        "pound" | "pounds" | "sterling" => ("GBP", 1.0),
        "yen" => ("JPY", 1.0),
        "yuan" | "renminbi" => ("CNY", 1.0),
        "rupee" | "rupees" => ("INR", 1.0),
        "ruble" | "rubles" | "rouble" | "roubles" => ("RUB", 1.0),
        "franc" | "francs" => ("CHF", 1.0),
        "won" => ("KRW", 1.0),
        "peso" | "pesos" => ("MXN", 1.0),
        "reais" => ("BRL", 1.0),
        "rand" => ("ZAR", 1.0),
        "lira" | "liras" | "lire" => ("TRY", 1.0),
        "naira" => ("NGN", 1.0),
        "shekel" | "shekels" => ("ILS", 1.0),
        "ringgit" => ("MYR", 1.0),
        "baht" => ("THB", 1.0),
        "dong" => ("VND", 1.0),
        "zloty" | "zlotys" => ("PLN", 1.0),
        "forint" | "forints" => ("HUF", 1.0),
        "hryvnia" | "hryvnias" => ("UAH", 1.0),
        "dirham" | "dirhams" => ("AED", 1.0),
        "riyal" | "riyals" => ("SAR", 1.0),
        "krona" | "kronor" => ("SEK", 1.0),
        "krone" | "kroner" => ("NOK", 1.0),
        "shilling" | "shillings" => ("KES", 1.0),
        "cent" | "cents" => ("USD", 0.01),
        "pence" => ("GBP", 0.01),
        _ => return None,
    })
}

/// A country adjective before a currency word that changes its code
/// ("Hong Kong dollars", "Swiss francs"). `first` is the lower-cased word
/// before the currency, `prev` the one before that (for two-word names).
pub fn currency_qualifier(prev: &str, first: &str, currency: &str) -> Option<&'static str> {
    let dollar = currency == "USD";
    Some(match (prev, first) {
        ("hong", "kong") if dollar => "HKD",
        ("new", "zealand") if dollar => "NZD",
        ("new", "taiwan") if dollar => "TWD",
        (_, "us" | "u.s." | "american") if dollar => "USD",
        (_, "canadian") if dollar => "CAD",
        (_, "australian") if dollar => "AUD",
        (_, "singapore") if dollar => "SGD",
        (_, "taiwan" | "taiwanese") if dollar => "TWD",
        (_, "zimbabwe" | "zimbabwean") if dollar => "ZWL",
        (_, "jamaican") if dollar => "JMD",
        (_, "mexican") => "MXN",
        (_, "argentine" | "argentinian") => "ARS",
        (_, "chilean") => "CLP",
        (_, "colombian") => "COP",
        (_, "philippine") => "PHP",
        (_, "indian") => "INR",
        (_, "pakistani") => "PKR",
        ("sri", "lankan") => "LKR",
        (_, "nepalese" | "nepali") => "NPR",
        (_, "swiss") => "CHF",
        (_, "cfa") => "XOF",
        (_, "egyptian") => "EGP",
        (_, "british") => "GBP",
        (_, "danish") => "DKK",
        (_, "norwegian") => "NOK",
        (_, "swedish") => "SEK",
        (_, "kuwaiti") => "KWD",
        (_, "iraqi") => "IQD",
        (_, "jordanian") => "JOD",
        (_, "serbian") => "RSD",
        (_, "libyan") => "LYD",
        (_, "algerian") => "DZD",
        (_, "tunisian") => "TND",
        (_, "bahraini") => "BHD",
        (_, "saudi") => "SAR",
        (_, "qatari") => "QAR",
        (_, "iranian") => "IRR",
        (_, "omani") => "OMR",
        (_, "turkish") => "TRY",
        (_, "russian") => "RUB",
        (_, "chinese") => "CNY",
        (_, "japanese") => "JPY",
        (_, "south" | "korean") if currency == "KRW" => "KRW",
        (_, "brazilian") => "BRL",
        (_, "kenyan") => "KES",
        (_, "ugandan") => "UGX",
        (_, "tanzanian") => "TZS",
        (_, "nigerian") => "NGN",
        (_, "ghanaian") => "GHS",
        _ => return None,
    })
}

/// What a unit word measures, which decides how it is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitClass {
    Time,
    Other,
}

/// A unit of measure after a number ("73 seconds", "5 km", "30 degrees"),
/// by its lower-cased spelling. Ambiguous short forms ("in", "t", "l") are
/// left out.
pub fn unit(w: &str) -> Option<UnitClass> {
    use UnitClass::{Other, Time};
    Some(match w {
        "second" | "seconds" | "sec" | "secs" | "minute" | "minutes" | "min" | "mins" | "hour" | "hours" | "hr"
        | "hrs" | "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years" | "yr" | "yrs"
        | "decade" | "decades" | "century" | "centuries" | "millennium" | "millennia" | "fortnight" | "fortnights"
        | "millisecond" | "milliseconds" | "ms" | "microsecond" | "microseconds" | "nanosecond" | "nanoseconds" => Time,
        "millimetre" | "millimetres" | "millimeter" | "millimeters" | "mm" | "centimetre" | "centimetres"
        | "centimeter" | "centimeters" | "cm" | "metre" | "metres" | "meter" | "meters" | "kilometre"
        | "kilometres" | "kilometer" | "kilometers" | "km" | "kms" | "mile" | "miles" | "mi" | "foot" | "feet"
        | "ft" | "inch" | "inches" | "yard" | "yards" | "light-year" | "light-years" | "hectare" | "hectares"
        | "ha" | "acre" | "acres" | "km2" | "km²" | "m2" | "m²" | "gram" | "grams" | "g" | "kilogram" | "kilograms"
        | "kg" | "kgs" | "kilo" | "kilos" | "milligram" | "milligrams" | "mg" | "tonne" | "tonnes" | "ton" | "tons"
        | "pound" | "pounds" | "lb" | "lbs" | "ounce" | "ounces" | "oz" | "litre" | "litres" | "liter" | "liters"
        | "millilitre" | "millilitres" | "milliliter" | "milliliters" | "ml" | "gallon" | "gallons" | "barrel"
        | "barrels" | "bpd" | "degree" | "degrees" | "°" | "°c" | "°f" | "mph" | "kph" | "km/h" | "knot" | "knots"
        | "watt" | "watts" | "kilowatt" | "kilowatts" | "kw" | "kwh" | "megawatt" | "megawatts" | "mw" | "mwh"
        | "gigawatt" | "gigawatts" | "gw" | "gwh" | "twh" | "volt" | "volts" | "kv" | "calorie" | "calories"
        | "kcal" | "joule" | "joules" | "byte" | "bytes" | "kb" | "mb" | "gb" | "tb" | "megabyte" | "megabytes"
        | "gigabyte" | "gigabytes" | "terabyte" | "terabytes" | "mbps" | "gbps" | "hz" | "khz" | "mhz" | "ghz"
        | "decibel" | "decibels" | "db" => Other,
        _ => return None,
    })
}

/// Units written glued to the digits ("10km", "5kg", "100m"); a subset of
/// [`unit`] plus "m" for metres.
pub fn glued_unit(w: &str) -> Option<UnitClass> {
    match w {
        "m" | "s" | "h" => None,
        "mi" | "g" | "ms" => None,
        _ => unit(w),
    }
    .or(match w {
        // "100m", and temperatures written "1.5C".
        "m" | "c" | "f" => Some(UnitClass::Other),
        _ => None,
    })
}

/// The plural a compound like "35-year-old" or "10-mile" counts in.
pub fn unit_plural(w: &str) -> String {
    match w {
        "century" => "centuries".to_string(),
        "foot" => "feet".to_string(),
        "inch" => "inches".to_string(),
        _ if w.ends_with('s') => w.to_string(),
        _ if w.len() <= 3 => w.to_string(),
        _ => format!("{w}s"),
    }
}

/// Words that qualify a unit right after it ("30 degrees Celsius").
pub fn unit_qualifier(w: &str) -> bool {
    matches!(
        w,
        "celsius" | "fahrenheit" | "centigrade" | "c" | "f" | "old" | "long" | "tall" | "deep"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currency_lookups() {
        assert_eq!(currency_symbol("€"), Some("EUR"));
        assert_eq!(dollar_prefix("HK"), Some("HKD"));
        assert_eq!(currency_word("euros"), Some(("EUR", 1.0)));
        assert_eq!(currency_qualifier("hong", "kong", "USD"), Some("HKD"));
        assert_eq!(currency_qualifier("", "swiss", "CHF"), Some("CHF"));
    }

    #[test]
    fn unit_lookups() {
        assert_eq!(unit("seconds"), Some(UnitClass::Time));
        assert_eq!(unit("km"), Some(UnitClass::Other));
        assert_eq!(unit("in"), None);
        assert_eq!(glued_unit("m"), Some(UnitClass::Other));
        assert_eq!(unit_plural("year"), "years");
    }
}
