//! A tiny SQL builder: text with `$n` placeholders plus the values to bind, so one query
//! can be built once and run on either backend.

/// A value bound to a placeholder. Only the types both drivers encode alike.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, or NULL.
    Text(Option<String>),
    /// A 64-bit integer, or NULL.
    Int(Option<i64>),
    /// A boolean.
    Bool(bool),
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(Some(v.to_owned()))
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(Some(v))
    }
}
impl From<Option<String>> for Arg {
    fn from(v: Option<String>) -> Self {
        Arg::Text(v)
    }
}
impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::Int(Some(v))
    }
}
impl From<Option<i64>> for Arg {
    fn from(v: Option<i64>) -> Self {
        Arg::Int(v)
    }
}
impl From<bool> for Arg {
    fn from(v: bool) -> Self {
        Arg::Bool(v)
    }
}

/// SQL text and its arguments, built up piece by piece.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sql {
    /// The statement, with `$1`, `$2`, ... placeholders.
    pub text: String,
    /// The values, in placeholder order.
    pub args: Vec<Arg>,
}

impl Sql {
    /// Starts a statement.
    pub fn new(text: &str) -> Self {
        Sql {
            text: text.to_owned(),
            args: Vec::new(),
        }
    }

    /// Appends literal SQL (never user input).
    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Registers a value and returns its placeholder, to splice into the text.
    pub fn arg(&mut self, value: impl Into<Arg>) -> String {
        self.args.push(value.into());
        format!("${}", self.args.len())
    }

    /// Appends a value's placeholder.
    pub fn push_arg(&mut self, value: impl Into<Arg>) -> &mut Self {
        use std::fmt::Write as _;
        self.args.push(value.into());
        // Written straight into the text: no string per placeholder.
        let _ = write!(self.text, "${}", self.args.len());
        self
    }

    /// `INSERT INTO table (c1, c2, ...) VALUES ($1, $2, ...)` for one row, the columns and
    /// their values side by side; append `RETURNING id` or the like with [`Sql::push`].
    pub fn insert<const N: usize>(table: &str, row: [(&str, Arg); N]) -> Self {
        let columns: Vec<&str> = row.iter().map(|(column, _)| *column).collect();
        let mut sql = Sql::new(&format!(
            "INSERT INTO {table} ({}) VALUES ",
            columns.join(", ")
        ));
        sql.push_in_list(row.into_iter().map(|(_, value)| value));
        sql
    }

    /// Appends one row of a multi-row `VALUES` list, `(p1, p2, ...)`, after a comma unless
    /// it is the statement's `first` row.
    pub fn push_row<T: Into<Arg>>(
        &mut self,
        first: bool,
        values: impl IntoIterator<Item = T>,
    ) -> &mut Self {
        if !first {
            self.text.push_str(", ");
        }
        self.push_in_list(values)
    }

    /// Appends `(p1, p2, ...)` for an `IN` list; an empty list becomes `(NULL)`, which matches
    /// nothing, instead of invalid SQL.
    pub fn push_in_list<T: Into<Arg>>(&mut self, values: impl IntoIterator<Item = T>) -> &mut Self {
        let mut any = false;
        for v in values {
            self.text.push_str(if any { ", " } else { "(" });
            self.push_arg(v);
            any = true;
        }
        self.text.push_str(if any { ")" } else { "(NULL)" });
        self
    }
}

/// The statement text for SQLite: `$1, $2, ...` turned into anonymous `?` placeholders when
/// each appears exactly once and in order (as [`Sql`] writes them), else the text as it is.
///
/// SQLite looks a named or numbered placeholder up by a linear scan of the statement's
/// placeholder list, both when it parses the statement and when sqlx asks each parameter's
/// name to bind it, so a statement with `n` numbered placeholders costs `n²`; anonymous
/// placeholders cost nothing of the kind, and multi-row statements can be large. Quoted
/// strings, quoted identifiers and comments are copied untouched.
pub(crate) fn positional(text: &str, args: usize) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut next = 1_usize;
    let mut copied = 0; // bytes of `text` already in `out`
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            quote @ (b'\'' | b'"' | b'`') => {
                i += 1;
                while i < bytes.len() && bytes[i] != quote {
                    i += 1;
                }
                i += 1;
            }
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'$' => {
                let start = i;
                i += 1;
                let mut n = 0_usize;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    n = n
                        .saturating_mul(10)
                        .saturating_add(usize::from(bytes[i] - b'0'));
                    i += 1;
                }
                if i == start + 1 || n != next {
                    // Not a numbered placeholder, or one out of order or used twice.
                    return Cow::Borrowed(text);
                }
                next += 1;
                out.push_str(&text[copied..start]);
                out.push('?');
                copied = i;
            }
            b'?' => return Cow::Borrowed(text),
            _ => i += 1,
        }
    }
    if next - 1 != args || copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// Binds every argument of an [`Sql`] onto a sqlx query of either backend.
macro_rules! bind_args {
    ($query:expr, $args:expr) => {{
        let mut query = $query;
        for arg in $args {
            query = match arg {
                $crate::sql::Arg::Text(v) => query.bind(v),
                $crate::sql::Arg::Int(v) => query.bind(v),
                $crate::sql::Arg::Bool(v) => query.bind(v),
            };
        }
        query
    }};
}
pub(crate) use bind_args;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_a_values_list_are_separated_by_commas() {
        let mut sql = Sql::new("INSERT INTO t (a, b) VALUES ");
        sql.push_row(true, [Arg::from(1_i64), Arg::from("x")])
            .push_row(false, [Arg::from(2_i64), Arg::from("y")]);
        assert_eq!(sql.text, "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)");
        assert_eq!(sql.args.len(), 4);
    }

    #[test]
    fn placeholders_are_numbered_in_order() {
        let mut sql = Sql::new("SELECT 1 WHERE a = ");
        sql.push_arg("x")
            .push(" AND b IN ")
            .push_in_list([1_i64, 2]);
        assert_eq!(sql.text, "SELECT 1 WHERE a = $1 AND b IN ($2, $3)");
        assert_eq!(sql.args.len(), 3);
        let mut empty = Sql::new("x IN ");
        empty.push_in_list(Vec::<i64>::new());
        assert_eq!(empty.text, "x IN (NULL)");
    }

    #[test]
    fn sqlite_text_binds_in_order_or_is_left_alone() {
        assert_eq!(
            positional("SELECT 1 WHERE a = $1 AND b IN ($2, $3)", 3),
            "SELECT 1 WHERE a = ? AND b IN (?, ?)"
        );
        // Quoted text and comments are not placeholders.
        assert_eq!(
            positional("SELECT '$1', \"$x\" -- $9\n, $1 /* $2 */", 1),
            "SELECT '$1', \"$x\" -- $9\n, ? /* $2 */"
        );
        // Reused, out of order, miscounted or already positional: unchanged.
        for (text, n) in [
            ("a = $1 OR b = $1", 1),
            ("a = $2 AND b = $1", 2),
            ("a = $1", 2),
            ("a = ? AND b = $1", 1),
            ("SELECT 1", 0),
        ] {
            assert_eq!(positional(text, n), text);
        }
    }
}
