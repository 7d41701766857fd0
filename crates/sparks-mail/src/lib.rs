//! Outgoing email for Sparks.
//!
//! A [`Mailer`] sends through an SMTP relay when `SPARKS_SMTP_URL` names one
//! (`smtp://[user:password@]host[:port]`, plain SMTP to a relay on the local network, which
//! does the onward TLS), and otherwise writes each message as an `.eml` file into the outbox
//! folder (`DATA_DIR/outbox/`), so a fresh install works without a mail server and tests can
//! read what was sent.

use std::path::{Path, PathBuf};

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MessageBuilder};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{FileTransport, Message, SmtpTransport, Transport};

/// Everything sending can fail with.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// The SMTP URL cannot be used.
    #[error("SPARKS_SMTP_URL is not usable: {0}")]
    Config(String),
    /// An address is not a valid mailbox.
    #[error("not a valid email address: {0}")]
    Address(String),
    /// The message could not be built.
    #[error("could not build the message: {0}")]
    Build(String),
    /// The relay or the outbox refused it.
    #[error("could not send the message: {0}")]
    Send(String),
}

/// Where messages go.
#[derive(Clone)]
enum Channel {
    Smtp(SmtpTransport),
    Outbox(PathBuf),
}

/// One email to send: plain text, one recipient.
#[derive(Debug, Clone)]
pub struct Email {
    /// Recipient address.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// Extra headers (`List-Unsubscribe`, ...), as (name, value).
    /// Owned names, so that a mail read back from the outbox table carries them too.
    pub headers: Vec<(String, String)>,
}

/// Sends email through SMTP or into the outbox.
#[derive(Clone)]
pub struct Mailer {
    channel: Channel,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let channel = match &self.channel {
            Channel::Smtp(_) => "smtp".to_owned(),
            Channel::Outbox(dir) => format!("outbox {}", dir.display()),
        };
        f.debug_struct("Mailer")
            .field("channel", &channel)
            .finish_non_exhaustive()
    }
}

impl Mailer {
    /// Writes `.eml` files into `dir` (created when needed).
    pub fn outbox(dir: impl Into<PathBuf>, from: &str) -> Result<Mailer, MailError> {
        Ok(Mailer {
            channel: Channel::Outbox(dir.into()),
            from: parse_mailbox(from)?,
        })
    }

    /// Sends through the relay at `url` (`smtp://[user:password@]host[:port]`).
    pub fn smtp(url: &str, from: &str) -> Result<Mailer, MailError> {
        let parsed = url::Url::parse(url).map_err(|e| MailError::Config(e.to_string()))?;
        if parsed.scheme() != "smtp" {
            return Err(MailError::Config(format!(
                "the scheme must be smtp://, not {}://",
                parsed.scheme()
            )));
        }
        let host = parsed
            .host_str()
            .ok_or_else(|| MailError::Config("the host is missing".into()))?;
        let mut builder = SmtpTransport::builder_dangerous(host).port(parsed.port().unwrap_or(25));
        if !parsed.username().is_empty() {
            let user = decode(parsed.username());
            let password = decode(parsed.password().unwrap_or(""));
            builder = builder.credentials(Credentials::new(user, password));
        }
        Ok(Mailer {
            channel: Channel::Smtp(builder.build()),
            from: parse_mailbox(from)?,
        })
    }

    /// SMTP when `smtp_url` is given, else the outbox under `data_dir`.
    pub fn from_config(
        smtp_url: Option<&str>,
        data_dir: &Path,
        from: &str,
    ) -> Result<Mailer, MailError> {
        match smtp_url.map(str::trim).filter(|u| !u.is_empty()) {
            Some(url) => Mailer::smtp(url, from),
            None => Mailer::outbox(data_dir.join("outbox"), from),
        }
    }

    /// The outbox folder, when messages go there.
    pub fn outbox_dir(&self) -> Option<&Path> {
        match &self.channel {
            Channel::Outbox(dir) => Some(dir),
            Channel::Smtp(_) => None,
        }
    }

    /// Sends one message. Runs the blocking transport off the async threads.
    pub async fn send(&self, email: Email) -> Result<(), MailError> {
        let message = self.build(&email)?;
        let channel = self.channel.clone();
        tokio::task::spawn_blocking(move || match channel {
            Channel::Smtp(transport) => transport
                .send(&message)
                .map(|_| ())
                .map_err(|e| MailError::Send(e.to_string())),
            Channel::Outbox(dir) => {
                std::fs::create_dir_all(&dir).map_err(|e| MailError::Send(e.to_string()))?;
                FileTransport::new(&dir)
                    .send(&message)
                    .map(|_| ())
                    .map_err(|e| MailError::Send(e.to_string()))
            }
        })
        .await
        .map_err(|e| MailError::Send(e.to_string()))?
    }

    fn build(&self, email: &Email) -> Result<Message, MailError> {
        let mut builder: MessageBuilder = Message::builder()
            .from(self.from.clone())
            .to(parse_mailbox(&email.to)?)
            .subject(email.subject.clone())
            .header(ContentType::TEXT_PLAIN);
        for (name, value) in &email.headers {
            let name = HeaderName::new_from_ascii(name.clone())
                .map_err(|_| MailError::Build(format!("not a header name: {name:?}")))?;
            builder = builder.raw_header(HeaderValue::new(name, value.clone()));
        }
        builder
            .body(email.body.clone())
            .map_err(|e| MailError::Build(e.to_string()))
    }
}

fn parse_mailbox(text: &str) -> Result<Mailbox, MailError> {
    text.parse()
        .map_err(|_| MailError::Address(text.to_owned()))
}

fn decode(text: &str) -> String {
    url::form_urlencoded::parse(format!("x={text}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn without_smtp_messages_land_in_the_outbox_as_eml_files() {
        let dir = tempfile::tempdir().unwrap();
        let mailer =
            Mailer::from_config(None, dir.path(), "Sparks <noreply@sparks.invalid>").unwrap();
        mailer
            .send(Email {
                to: "ana@example.org".into(),
                subject: "Confirm your address".into(),
                body: "Open https://example.org/verify/abc".into(),
                headers: vec![(
                    "List-Unsubscribe".into(),
                    "<https://example.org/u/1>".into(),
                )],
            })
            .await
            .unwrap();
        let files: Vec<_> = std::fs::read_dir(dir.path().join("outbox"))
            .unwrap()
            .collect();
        assert_eq!(files.len(), 1);
        let path = files[0].as_ref().unwrap().path();
        assert_eq!(path.extension().unwrap(), "eml");
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.contains("To: ana@example.org"), "{text}");
        assert!(text.contains("Subject: Confirm your address"));
        assert!(text.contains("List-Unsubscribe: <https://example.org/u/1>"));
        assert!(text.contains("https://example.org/verify/abc"));
    }

    #[tokio::test]
    async fn a_bad_header_name_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = Mailer::outbox(dir.path(), "a@b.c").unwrap();
        let sent = mailer
            .send(Email {
                to: "ana@example.org".into(),
                subject: "s".into(),
                body: "b".into(),
                headers: vec![("Bad: Name".into(), "v".into())],
            })
            .await;
        assert!(matches!(sent, Err(MailError::Build(_))), "{sent:?}");
    }

    #[test]
    fn bad_configuration_is_a_clear_error() {
        assert!(matches!(
            Mailer::smtp("http://x", "a@b.c"),
            Err(MailError::Config(_))
        ));
        assert!(Mailer::smtp("smtp://127.0.0.1:2525", "a@b.c").is_ok());
        assert!(matches!(
            Mailer::outbox("/tmp", "not an address"),
            Err(MailError::Address(_))
        ));
    }
}
