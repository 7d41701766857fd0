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
        let placeholder = self.arg(value);
        self.text.push_str(&placeholder);
        self
    }

    /// Appends `(p1, p2, ...)` for an `IN` list; an empty list becomes `(NULL)`, which matches
    /// nothing, instead of invalid SQL.
    pub fn push_in_list<T: Into<Arg>>(&mut self, values: impl IntoIterator<Item = T>) -> &mut Self {
        let placeholders: Vec<String> = values.into_iter().map(|v| self.arg(v)).collect();
        if placeholders.is_empty() {
            self.text.push_str("(NULL)");
        } else {
            self.text.push('(');
            self.text.push_str(&placeholders.join(", "));
            self.text.push(')');
        }
        self
    }
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
}
