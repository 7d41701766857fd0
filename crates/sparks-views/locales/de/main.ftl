## Sparks interface messages: German.
## Messages whose id ends in -html contain markup and are inserted unescaped: they must
## never take arguments.

## Frame
skip-link = Zum Hauptinhalt springen
quick-exit = Schnell verlassen
quick-exit-hint = (diese Website sofort verlassen; per Tastatur dreimal die Umschalttaste drücken)
quick-exit-press-two = Umschalttaste noch zweimal drücken, um die Seite zu verlassen.
quick-exit-press-one = Umschalttaste noch einmal drücken, um die Seite zu verlassen.
site-tagline = gemeinsam gegen sexuellen Kindesmissbrauch
nav-label = Hauptnavigation
nav-home = Startseite
nav-initiatives = Initiativen
nav-pillars = Säulen
nav-about = Über Sparks
nav-help = Hilfe
language-switcher = Sprache
footer-need-help = Brauchen Sie jetzt Hilfe?
footer-helplines = Hilfetelefone und wo Sie Missbrauch melden können
footer-emergency = Im Notfall rufen Sie die 112 an.
footer-about = Über { $site }
footer-api = Offene Daten (API)
footer-privacy = { $site } setzt keine Cookies für Besucherinnen und Besucher und lädt nichts von anderen Websites.
search-button = Suchen
breadcrumb-label = Brotkrümelnavigation

## Labels
label-status = Status
label-programme = Programm
label-pillars = Säulen
label-countries = Länder
label-website = Website
initiatives-count = { $count ->
    [one] { $n } Initiative
   *[other] { $n } Initiativen
}

## Home
home-title = Gegen sexuellen Kindesmissbrauch in Europa
home-description = Die Initiativen, die sexuellen Missbrauch und sexuelle Ausbeutung von Kindern verhindern, aufdecken und aufklären und Opfer und Überlebende unterstützen.
home-heading = Alles, was Europa gegen sexuellen Kindesmissbrauch tut, an einem Ort
home-lead = Sparks sammelt die Initiativen, die sexuellen Missbrauch und sexuelle Ausbeutung von Kindern verhindern, aufdecken und aufklären und Opfer und Überlebende unterstützen: wer was tut, mit welcher Förderung, wo und mit welchen Ergebnissen. Neue Projekte können auf früherer Arbeit aufbauen, statt wieder von vorn anzufangen.
home-search-label = { $count ->
    [one] Verzeichnis mit { $n } Initiative durchsuchen
   *[other] Verzeichnis mit { $n } Initiativen durchsuchen
}
home-pillars-heading = Die drei Säulen
home-by-programme = Nach Förderprogramm
home-by-country = Nach Land
home-all-countries = Alle Länder im Verzeichnis
home-latest = Neu hinzugefügt
home-see-recent = Alles kürzlich Hinzugefügte ansehen

## Directory
directory-title = Initiativen
directory-description = Verzeichnis der Initiativen gegen sexuellen Missbrauch und sexuelle Ausbeutung von Kindern.
directory-heading-pillar = Initiativen: { $pillar }
directory-title-matching = { $title } – Suche nach „{ $q }“
directory-title-page = { $title }, Seite { $page }
directory-search-label = Initiativen durchsuchen
directory-sort-label = Sortieren nach
directory-apply = Anwenden
directory-filters-in-use = Aktive Filter
directory-remove-filter = diesen Filter entfernen
directory-clear-all = Alle Filter entfernen
directory-no-results = Keine Initiative passt. Versuchen Sie es mit weniger Filtern oder anderen Suchbegriffen.
directory-results = Ergebnisse
directory-as-json = Diese Liste als JSON
directory-filter-heading = Filtern
directory-summary-all = { $count ->
    [one] { $n } Initiative
   *[other] { $n } Initiativen
}
directory-summary-match = { $count ->
    [one] { $n } passende Initiative
   *[other] { $n } passende Initiativen
}
directory-summary-page = { $summary } · Seite { $page } von { $pages }
filter-active = { $facet }: { $value }
filter-text = Text
facet-pillar = Säule
facet-status = Status
facet-programme = Programm
facet-kind = Art der Initiative
facet-country = Land
facet-year = Startjahr
facet-topic = Thema
facet-show-choices = { $count ->
    [one] { $n } Option anzeigen
   *[other] { $n } Optionen anzeigen
}
facet-selected = ausgewählt, der Link hebt die Auswahl auf
sort-name = Name (A–Z)
sort-newest = Startdatum (neueste zuerst)
sort-recent = Zuletzt hinzugefügt
pagination-label = Seiten
pagination-previous = Vorherige Seite
pagination-next = Nächste Seite
pagination-page = Seite

## Dates
date-range = { $start } – { $end }
date-from = ab { $start }
date-until = bis { $end }
date-month-year = { $month } { $year }
date-day-month-year = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
month-1-of = Januar
month-2-of = Februar
month-3-of = März
month-4-of = April
month-5-of = Mai
month-6-of = Juni
month-7-of = Juli
month-8-of = August
month-9-of = September
month-10-of = Oktober
month-11-of = November
month-12-of = Dezember

## Profile
profile-key-facts = Eckdaten
profile-as-source-says = Laut Quelle:
profile-topics = Themen
profile-notes = Anmerkungen zu den Angaben
profile-sources = Quellen
profile-no-sources = Bisher ist keine Quelle erfasst.
profile-sources-per-fact = Quellen je Angabe
profile-former-site = Auf der früheren Website Sparks in the Dark
profile-as-json = Dieses Profil als JSON
fact-kind = Art
fact-programme = Programm
fact-grant = Finanzhilfevereinbarung
fact-start = Beginn
fact-end = Ende
fact-status = Status
fact-coordinator = Koordinator
fact-eu-contribution = EU-Beitrag
field-funding_programme = Förderung
field-start_date = Beginn
field-end_date = Ende
field-dates = Zeitraum
field-grant_id = Finanzhilfevereinbarung
field-eu_contribution_eur = EU-Beitrag
field-coordinator = Koordinator
field-consortium = Partner
field-partners = Partner
field-cordis_url = CORDIS
field-website = Website
field-description = Beschreibung

## Pillars
pillar-prevention = Prävention
pillar-detection-investigation = Aufdeckung und Ermittlung
pillar-victim-support = Unterstützung von Opfern und Überlebenden
pillar-prevention-description = Missbrauch verhindern, bevor er geschieht: Sensibilisierung und Aufklärung, Hilfe für Menschen, die sich wegen ihrer eigenen sexuellen Gedanken sorgen, sicherere Online-Dienste.
pillar-detection-investigation-description = Missbrauch aufdecken und die Menschen finden, die ihn begehen: Meldestellen, Werkzeuge für Polizei und Wirtschaft, Identifizierung von Opfern in Darstellungen sexuellen Kindesmissbrauchs.
pillar-victim-support-description = Kindern und erwachsenen Überlebenden helfen: kindgerechte Justiz, Barnahus, Therapie, Entfernung von Missbrauchsdarstellungen, die Stimmen von Überlebenden.
pillar-all-initiatives = { $count ->
    [one] { $n } Initiative in dieser Säule
   *[other] Alle { $n } Initiativen in dieser Säule
}
pillar-others = Weitere Säulen
pillar-who-funds = Wer diese Arbeit finanziert
pillar-where = Wo diese Arbeit stattfindet
pillar-initiatives = Initiativen
pillar-see-all = { $count ->
    [one] Im Verzeichnis ansehen
   *[other] Alle { $n } im Verzeichnis ansehen
}

## Programmes
programme-isf-police = ISF-Police
programme-isec = ISEC
programme-horizon-2020 = Horizon 2020
programme-horizon-europe = Horizon Europe
programme-digital-europe = DIGITAL (Digitales Europa)
programme-safer-internet = Programm „Mehr Sicherheit im Internet“
programme-cerv = CERV / Daphne
programme-eu4health = EU4Health
programme-erasmus-plus = Erasmus+
programme-other-eu = Sonstige EU-Förderung
programme-council-of-europe = Europarat
programme-international = Internationale Partnerschaft
programme-national = Nationale öffentliche Förderung
programme-private = Privat / Stiftung
programme-unknown = Nicht erfasst

## Statuses
status-ongoing = Laufend
status-completed = Abgeschlossen
status-planned = Geplant
status-unknown = Status unbekannt

## Kinds
kind-project = Projekt
kind-project-series = Projektreihe
kind-programme = Programm
kind-network = Netzwerk
kind-organisation = Organisation
kind-tool = Werkzeug
kind-intervention = Intervention
kind-database = Datenbank
kind-non-eu-initiative = Initiative ohne EU-Förderung

## About
about-title = Über { $site }
about-description = Was Sparks ist, woher es kommt und wie die Angaben gepflegt werden.
about-heading = Über { $site }
about-lead = Sparks ist die gemeinsame Landkarte der Arbeit gegen sexuellen Missbrauch und sexuelle Ausbeutung von Kindern (CSAE) in Europa und darüber hinaus.
about-why = { $count ->
    [one] Die Europäische Union und viele andere fördern Projekte, die Missbrauch verhindern, aufdecken und aufklären und Opfer und Überlebende unterstützen. Ihre Ergebnisse sind über Projekt-Websites verstreut, die geschlossen werden, wenn die Förderung endet; deshalb fangen neue Projekte allzu oft wieder bei null an. Sparks bündelt die ganze Landschaft an einem Ort: bisher { $n } Initiative, mit ihrer Förderung, ihren Partnern, Ländern und Säulen und den Quellen zu jeder Angabe.
   *[other] Die Europäische Union und viele andere fördern Projekte, die Missbrauch verhindern, aufdecken und aufklären und Opfer und Überlebende unterstützen. Ihre Ergebnisse sind über Projekt-Websites verstreut, die geschlossen werden, wenn die Förderung endet; deshalb fangen neue Projekte allzu oft wieder bei null an. Sparks bündelt die ganze Landschaft an einem Ort: bisher { $n } Initiativen, jeweils mit ihrer Förderung, ihren Partnern, Ländern und Säulen und den Quellen zu jeder Angabe.
}
about-origin-heading = Woher Sparks kommt
about-origin-html = Sparks führt <a href="https://sparksinthedark.net/">Sparks in the Dark</a> fort, die Website, die vom Projekt ARICA ins Leben gerufen wurde und von der Polnischen Plattform für Innere Sicherheit (PPHS) betreut wird.
about-facts-heading = Wie die Angaben gepflegt werden
about-facts = Jede Angabe stammt aus einer öffentlichen Quelle, auf die die Seite der Initiative verweist. Lässt sich eine Angabe nicht bestätigen, bleibt das Feld leer, statt dass etwas vermutet wird. Die Förderung wird sowohl im Wortlaut der Quelle als auch unter einem vereinheitlichten Programm angegeben, damit sich das Verzeichnis danach filtern lässt. Jeder Eintrag zeigt, wann seine Angaben zuletzt geprüft wurden; das Team bestätigt oder korrigiert sie in einer Prüfliste, die älteste Prüfung und Hilfsangebote zuerst. Ein Link-Prüfer besucht vom Server aus jede externe Adresse, die die Seite zeigt, und die Seiten kennzeichnen Links, die er als defekt gefunden hat. Ein Projekt gilt nur dann als laufend, wenn sein Enddatum noch bevorsteht oder eine Quelle es sagt. Texte, die Menschen schreiben, werden mit den Terminologie-Leitlinien des Fachgebiets (den Luxemburger Leitlinien) abgeglichen.
about-words-heading = Unsere Wortwahl
about-words = Wir schreiben „Darstellungen sexuellen Kindesmissbrauchs“ (CSAM), niemals „Kinderpornografie“: Die Bilder halten den Missbrauch eines Kindes fest.
about-privacy-heading = Datenschutz
about-privacy = Wer sich nicht anmeldet, erhält keine Cookies. Keine Seite lädt etwas von einer anderen Website: keine Schriftarten, keine Statistikdienste, keine Karten und keine eingebetteten Videos.
about-open-data-heading = Offene Daten
about-open-data-html = Der gesamte Inhalt des Verzeichnisses ist über die <a href="/api/v1/openapi.json">JSON-API</a> verfügbar.

## Help
help-title = Hilfe und Meldestellen
help-description = Kinder- und Jugendtelefone, Meldestellen und Hilfe für Menschen, die sich wegen ihrer eigenen Gedanken sorgen.
help-heading = Hilfe und Meldestellen
help-emergency-html = Wenn ein Kind in unmittelbarer Gefahr ist, rufen Sie die Notrufnummer <strong>112</strong> an (überall in der EU).
help-children-heading = Für Kinder und Jugendliche
help-children-html = <strong>116 111</strong> ist in der gesamten Europäischen Union die Nummer des Kinder- und Jugendtelefons: kostenlos, vertraulich, und am Telefon sind Menschen, die im Zuhören geschult sind. In den meisten Ländern gibt es auch einen Chat; siehe die <a href="https://childhelplineinternational.org/helplines/">Liste der Hilfetelefone von Child Helpline International</a>.
help-report-heading = Darstellungen sexuellen Kindesmissbrauchs im Internet melden
help-report-html = Meldestellen nehmen Hinweise anonym entgegen und arbeiten mit Polizei und Diensteanbietern zusammen, damit das Material entfernt wird. Die Meldestelle Ihres Landes finden Sie im <a href="https://www.inhope.org/EN/articles/report-to-a-hotline">INHOPE-Netzwerk</a>.
help-thoughts-heading = Wenn Sie sich wegen Ihrer eigenen sexuellen Gedanken an Kinder sorgen
help-thoughts-html = Es gibt vertrauliche Hilfe, und sie wirkt. <a href="https://www.stopitnow.org.uk/">Stop It Now</a> und <a href="https://troubled-desire.com/">Troubled Desire</a> bieten anonyme Unterstützung in mehreren Sprachen an.
help-leave-heading = Diese Website schnell verlassen
help-leave = Der Link „Schnell verlassen“ oben auf jeder Seite bringt Sie sofort zu einer neutralen Website. Bei aktiviertem JavaScript bewirkt dreimaliges schnelles Drücken der Umschalttaste dasselbe, überall auf der Seite, auch beim Schreiben; ebenso die Esc-Taste, außer in einem Formularfeld, damit nichts verloren geht, was Sie gerade schreiben. Diese Website wird dann im Verlauf Ihres Browsers ersetzt.

## Errors
error-not-found-heading = Seite nicht gefunden
error-bad-request-heading = Diese Adresse enthält einen Fehler
error-forbidden-heading = Nicht verfügbar
error-method-heading = Nicht erlaubt
error-generic-heading = Etwas ist schiefgelaufen
error-detail-not-found = Unter dieser Adresse gibt es nichts. Die Seite wurde möglicherweise verschoben oder entfernt.
error-detail-bad-parameter = Der Parameter „{ $name }“ hat einen Wert, der nicht verwendet werden kann: { $message }
error-detail-forbidden = Diese Seite ist von hier aus nicht verfügbar.
error-detail-method = Diese Adresse nimmt diese Art von Anfrage nicht an.
error-detail-too-large = Die Anfrage ist zu groß.
error-detail-server = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.
error-detail-generic = Die Anfrage konnte nicht bearbeitet werden.
error-go-home-before = So geht es weiter:
error-home-link = zur Startseite
error-directory-link = zum Verzeichnis der Initiativen
error-code = Fehler { $status }

## About: who runs Sparks, the pillars, taking part
about-who-heading = Wer Sparks betreibt
about-who = Sparks wird von der Polish Platform for Homeland Security (PPHS) verwaltet, die die Kommunikation des Projekts ARICA übernommen hat und das Projekt 2PS koordiniert.
about-pillars-heading = Die drei Säulen
about-pillars = Alles auf Sparks ist einer der drei Säulen der EU-Strategie für eine wirksamere Bekämpfung des sexuellen Missbrauchs von Kindern zugeordnet:
about-join-heading = Wie Sie mitwirken können
about-join-support = Sparks unterstützen
about-join-support-text = die Seite wird durch Spenden getragen; hier steht, wofür das Geld verwendet wird.
about-join-media = Medienpaket
about-join-media-text = Logos, Grafiken und Textvorschläge, um Sparks bekannt zu machen.
about-join-data = Offene Daten
about-join-data-text = das Verzeichnis und alle weiteren Inhalte über die JSON-API weiterverwenden.
about-join-members = Mitgliedskonten, mit denen Initiativen, Ressourcen und Veranstaltungen vorgeschlagen und diskutiert werden können, sind der nächste Teil von Sparks.

## Countries
country-AT = Österreich
country-BE = Belgien
country-BG = Bulgarien
country-HR = Kroatien
country-CY = Zypern
country-CZ = Tschechien
country-DK = Dänemark
country-EE = Estland
country-FI = Finnland
country-FR = Frankreich
country-DE = Deutschland
country-GR = Griechenland
country-HU = Ungarn
country-IE = Irland
country-IT = Italien
country-LV = Lettland
country-LT = Litauen
country-LU = Luxemburg
country-MT = Malta
country-NL = Niederlande
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-SK = Slowakei
country-SI = Slowenien
country-ES = Spanien
country-SE = Schweden
country-GB = Vereinigtes Königreich
country-IS = Island
country-NO = Norwegen
country-CH = Schweiz
country-LI = Liechtenstein
country-US = Vereinigte Staaten
country-CA = Kanada
country-AU = Australien
country-NZ = Neuseeland
country-RS = Serbien
country-UA = Ukraine
country-MD = Moldau
country-ME = Montenegro
country-AL = Albanien
country-AM = Armenien
country-AZ = Aserbaidschan
country-GE = Georgien
country-RU = Russland
country-PH = Philippinen
country-TH = Thailand
country-GY = Guyana
country-BA = Bosnien und Herzegowina
country-MK = Nordmazedonien
country-TR = Türkei
country-BY = Belarus

## Content hub: shared
nav-resources = Materialien
nav-news = Neuigkeiten
nav-events = Veranstaltungen
nav-recommendations = Empfehlungen
nav-response = Zahlen
label-type = Art
label-published = Veröffentlicht
label-by = Von
label-language = Sprache
label-source = Quelle
value-unknown = nicht bekannt
home-hub-heading = Mehr bei Sparks
hub-resources = { $count ->
    [one] Material in der Bibliothek
   *[other] Materialien in der Bibliothek
}
hub-events = { $count ->
    [one] Veranstaltung im Kalender
   *[other] Veranstaltungen im Kalender
}
hub-recommendations = { $count ->
    [one] zentrale Empfehlung
   *[other] zentrale Empfehlungen
}
hub-figures = { $count ->
    [one] Zahl zum Ausmaß des Missbrauchs und zur Reaktion darauf
   *[other] Zahlen zum Ausmaß des Missbrauchs und zur Reaktion darauf
}
hub-help-countries = { $count ->
    [one] Land mit Hilfetelefonen und Meldestellen
   *[other] Länder mit Hilfetelefonen und Meldestellen
}

## Resources
resources-title = Materialbibliothek
resources-description = Berichte, Werkzeuge, Leitfäden, Schulungen, Datensätze und Kampagnen der Initiativen gegen sexuellen Kindesmissbrauch und sexuelle Ausbeutung.
resources-heading = Materialbibliothek
resources-lead = Berichte, Projektergebnisse, Policy Briefs, Werkzeuge, Schulungen, Datensätze, Kampagnen und Videos der Initiativen – mit den Initiativen, von denen sie stammen.
resources-search-label = Bibliothek durchsuchen
resources-none = Kein Material entspricht diesen Filtern.
resources-count = { $count ->
    [one] { $n } Material
   *[other] { $n } Materialien
}
resources-count-match = { $count ->
    [one] { $n } Material passt
   *[other] { $n } Materialien passen
}
resources-facet-type = Art
resources-facet-audience = Zielgruppe
resources-facet-language = Sprache
resources-facet-initiative = Initiative
resource-open = Material öffnen
resource-from-initiatives = Von diesen Initiativen
resource-as-json = Dieses Material als JSON
resource-type-report = Bericht
resource-type-deliverable = Projektergebnis
resource-type-policy-brief = Policy Brief
resource-type-guidelines = Leitfaden
resource-type-toolkit = Werkzeug
resource-type-training = Schulung
resource-type-dataset = Datensatz
resource-type-campaign = Kampagne
resource-type-video = Video
resource-type-article = Artikel
audience-practitioners = Fachleute aus der Praxis
audience-law-enforcement = Strafverfolgung
audience-policymakers = Politik
audience-researchers = Forschung
audience-parents = Eltern und Betreuungspersonen
audience-young-people = Junge Menschen
audience-public = Allgemeine Öffentlichkeit

## News
news-title = Neuigkeiten und Kampagnen
news-description = Mitteilungen von Sparks und den Initiativen gegen sexuellen Kindesmissbrauch und sexuelle Ausbeutung.
news-heading = Neuigkeiten und Kampagnen
news-lead = Mitteilungen der Sparks-Gemeinschaft und ihrer Initiativen, jeweils mit Quelle.
news-none = Noch keine Neuigkeiten.
news-posts = Beiträge
news-about-post = Zu diesem Beitrag
news-initiative = Initiative
news-from = Von
feed-site-title = { $site }: Neuigkeiten
feed-link = Atom-Feed
initiative-latest-news = Neueste Nachrichten
initiative-more-news = Alle Nachrichten dieser Initiative

## Events
events-title = Veranstaltungen
events-description = Konferenzen, Workshops, Webinare, Schulungen und Aktionstage zur Prävention und Bekämpfung sexuellen Kindesmissbrauchs.
events-heading = Veranstaltungen
events-lead = Konferenzen, Workshops, Webinare, Schulungen und Aktionstage. Jede Veranstaltung lässt sich in Ihren Kalender übernehmen.
events-subscribe = Kalender abonnieren (iCalendar)
events-upcoming = Demnächst
events-past = Vergangen
events-none-upcoming = Noch keine kommende Veranstaltung eingetragen.
events-none-past = Keine vergangene Veranstaltung eingetragen.
event-when = Wann
event-where = Wo
event-organisers = Veranstalter
event-online = online
event-add-to-calendar = In den Kalender übernehmen (.ics)
event-website = Website der Veranstaltung
event-type-conference = Konferenz
event-type-workshop = Workshop
event-type-webinar = Webinar
event-type-training = Schulung
event-type-campaign-day = Aktionstag
event-type-meeting = Treffen

## Recommendations
recs-title = Zentrale Empfehlungen
recs-description = Politische Empfehlungen zur Prävention sexuellen Kindesmissbrauchs, zu seiner Aufdeckung und Verfolgung und zur Unterstützung Betroffener.
recs-heading = Zentrale Empfehlungen
recs-lead = Was Projekte, Netzwerke und Institutionen empfehlen, nach Säule geordnet. Jede Empfehlung ist kurz zusammengefasst; der vollständige Text steht in der Quelle.
recs-by-pillar = Nach Säule
recs-issuer = Herausgegeben von
recs-year = Jahr
recs-addressee = Gerichtet an
recs-initiatives = Von Initiativen
recs-resources = Aus Materialien
addressee-member-states = EU-Mitgliedstaaten
addressee-all = Alle Beteiligten
addressee-eu = Die Europäische Union
addressee-law-enforcement = Strafverfolgung
addressee-industry = Wirtschaft und Online-Dienste

## Figures (CSAE response)
response-title = Die Reaktion in Zahlen
response-description = Zahlen zu sexuellem Kindesmissbrauch und zur Reaktion darauf, jeweils mit Herausgeber, Jahr und Quelle.
response-heading = Die Reaktion in Zahlen
response-lead = Wie viel sexueller Kindesmissbrauch gemeldet wird und was die Reaktion darauf erreicht. Jede Zahl nennt ihren Herausgeber und verlinkt ihre Quelle.
response-caveat = Verschiedene Herausgeber zählen Verschiedenes, und Zählweisen ändern sich mit den Jahren: Lesen Sie die Hinweise, bevor Sie vergleichen.
response-all-csv = Alle Zahlen herunterladen (CSV)
response-series-csv = Diese Reihe herunterladen (CSV)
response-hatched = Schraffierte Balken: Die Quelle nennt einen gerundeten Wert oder eine Untergrenze. Jahre ohne Balken haben keine Zahl in den Daten.
response-table-caption = Dieselben Zahlen mit ihren Quellen
response-other-heading = Weitere Zahlen
response-other-caption = Einzelne Zahlen mit ihren Quellen
response-col-year = Jahr
response-col-value = Wert
response-col-publisher = Herausgeber (Quelle)
response-col-note = Hinweis
response-col-figure = Zahl
response-no-figure = keine Zahl in den Daten
chart-millions = { $n } Mio.

## Media pack
media-title = Pressematerial
media-description = Die Sparks-Wortmarke und Vorschläge für Beiträge zum Teilen.
media-heading = Pressematerial und Kommunikationspaket
media-lead = Grafiken und Beitragsvorschläge für alle, die auf Prävention und Bekämpfung sexuellen Kindesmissbrauchs aufmerksam machen möchten.
media-graphics = Grafiken
media-wordmark-alt = Die Sparks-Wortmarke: ein gelber Funke und das Wort Sparks auf Dunkelblau
media-download-svg = Wortmarke herunterladen (SVG)
media-graphics-note = Die Wortmarke ist eine Vektorgrafik und bleibt in jeder Größe scharf.
media-banner-social = Banner für Beiträge in sozialen Medien
media-banner-square = Quadratisches Bild für soziale Medien
media-wordmark-png = Die Wortmarke als Bild
media-download-png = PNG herunterladen
media-download-svg-file = SVG herunterladen
media-posts = Beitragsvorschläge
media-posts-lead = Kopieren Sie einen Beitrag oder öffnen Sie ihn in Ihrem Netzwerk. Die Teilen-Links sind einfache Links: Diese Seite lädt nichts von diesen Diensten.
media-copy = Text kopieren
media-copied = Kopiert.
media-share-on = Teilen auf:
media-email = E-Mail
media-share-note = Der Mastodon-Link öffnet mastodon.social; auf einem anderen Server kopieren Sie bitte den Text.
media-post-1 = Sexueller Kindesmissbrauch lässt sich verhindern. Sparks bringt die Projekte zu Prävention, Aufdeckung und Verfolgung sowie Unterstützung Betroffener zusammen, damit sie aufeinander aufbauen können.
media-post-2 = Sie machen sich Sorgen wegen eigener sexueller Gedanken an Kinder? Es gibt vertrauliche Hilfe, und sie wirkt. Sparks listet Präventionsangebote Land für Land.
media-post-3 = Berichte, Werkzeuge und Schulungen aus EU-geförderten Projekten gegen sexuellen Kindesmissbrauch und sexuelle Ausbeutung – in einer offenen Bibliothek.

## Support
support-title = { $site } unterstützen
support-description = Wie Sie Sparks unterstützen können und wofür das Geld verwendet wird.
support-heading = { $site } unterstützen
support-lead = Sparks wird durch Spenden finanziert und ist kostenlos nutzbar. Ihre Unterstützung hält es unabhängig, online und aktuell.
support-how = So können Sie spenden
support-not-configured = Auf dieser Website ist noch kein Spendenweg eingerichtet. Schauen Sie später wieder vorbei oder wenden Sie sich an die Betreiber.
support-pays-for = Wofür das Geld verwendet wird
support-pays-hosting = Betrieb und Wartung der Website, ohne Tracker und Werbung.
support-pays-editing = Redaktion, die jede Angabe an ihrer Quelle prüft und das Verzeichnis aktuell hält.
support-pays-translation = Übersetzung in weitere europäische Sprachen.
support-supporters = Unterstützerinnen und Unterstützer
support-supporters-none = Noch niemand hat darum gebeten, hier genannt zu werden.
support-other-ways = Weitere Möglichkeiten zu helfen
support-media-pack = Teilen Sie Sparks mit dem Pressematerial.

## Help by country
help-by-country = Nach Land
help-by-country-lead = Kinder- und Jugendtelefone, Meldestellen für Darstellungen sexuellen Kindesmissbrauchs, Hilfe für Menschen, die sich wegen eigener Gedanken sorgen, und Unterstützung für Betroffene, Land für Land. Angaben ändern sich: Jeder Eintrag verlinkt seine Quelle.
help-country-index = Länder
help-phone = Telefon
help-hours = Erreichbarkeit
help-chat = Chat
help-yes = ja
help-no = nein
help-organisation = Betrieben von
help-report-online = Online melden
help-website = Website
help-source-and-notes = Quelle und Hinweise
help-checked-on = Geprüft am { $date }.
help-checked-unknown = Noch nicht geprüft.
helpline-kind-child-helpline = Kinder- und Jugendtelefon
helpline-kind-reporting-hotline = Meldestelle für Darstellungen sexuellen Kindesmissbrauchs
helpline-kind-prevention-helpline = Hilfe für Menschen, die sich wegen eigener sexueller Gedanken sorgen
helpline-kind-victim-support = Unterstützung für Betroffene
profile-outputs = Ergebnisse in der Materialbibliothek
profile-outputs-all = Alle Ergebnisse in der Bibliothek

## Suche, Landkarte, verwandte Arbeit (sparks-search)
nav-landscape = Landkarte
search-site-label = { $site } durchsuchen
search-title = Suche
search-title-q = Suche: { $q }
search-description = Die Initiativen gegen sexuellen Kindesmissbrauch und Ausbeutung durchsuchen: Wörter, Akronyme, Wortgruppen, in jeder Sprache der Oberfläche.
search-heading = Suche
search-label = Initiativen und alles andere auf Sparks durchsuchen
search-hint = Wörter, ein Akronym oder "eine Wortgruppe in Anführungszeichen". Kleine Tippfehler werden verziehen.
search-results-count = { $count ->
    [one] { $n } Treffer
   *[other] { $n } Treffer
}
search-partial = Kein Treffer enthält alle Wörter: diese enthalten einige davon.
search-corrected = „{ $word }“ wurde als „{ $terms }“ gelesen.
search-unmatched = Nirgends gefunden und daher weggelassen: { $list }.
search-truncated = Die Anfrage ist sehr lang: nur die ersten Wörter wurden verwendet.
search-no-results = Nichts passt zu diesen Wörtern.
search-tip-fewer-words = Versuchen Sie weniger oder andere Wörter, oder prüfen Sie die Schreibweise.
search-tip-browse = Das Verzeichnis der Initiativen durchblättern
search-tip-landscape = Auf der Landkarte sehen, wo gearbeitet wird
search-as-json = Diese Ergebnisse als JSON
facet-type = Art
doc-type-initiative = Initiativen
doc-type-resource = Materialien
doc-type-news = Neuigkeiten
doc-type-event = Veranstaltungen
doc-type-thread = Diskussionen
search-help-now-link = Hilfe in Ihrem Land finden
search-help-now-text = Kinder- und Jugendtelefone, Meldestellen für Missbrauchsdarstellungen und Hilfe für Betroffene sowie für Menschen, die sich wegen ihrer eigenen Gedanken sorgen, in jedem Land: kostenlos und vertraulich. Ist ein Kind in unmittelbarer Gefahr, rufen Sie 112 an.
search-help-now-heading = Jetzt Hilfe finden
doc-type-helpline = Hilfsangebote
landscape-title = Landkarte
landscape-description = Wo die Arbeit und die EU-Mittel gegen sexuellen Kindesmissbrauch sind, nach Land, Säule, Programm und Jahr, und wo sie fehlen.
landscape-heading = Die Landkarte: wo gearbeitet wird, und die Lücken
landscape-lead = Wie viele Initiativen und wie viel EU-Geld jedes Land und jede Säule, jedes Programm und jedes Jahr hat. Schraffierte Felder sind Lücken: keine einzige Initiative. Jede Zahl führt zu den Initiativen dahinter.
landscape-legend = Farbe: wie viele Initiativen. Schraffiert: keine, eine Lücke.
landscape-legend-gap = keine (eine Lücke)
landscape-legend-range = { $from }–{ $to }
landscape-gap = keine (eine Lücke)
landscape-country-heading = Länder und Säulen
landscape-country-intro = Jeder EU-Mitgliedstaat und jedes andere Land, das eine Initiative als Koordinator oder Partner nennt. Eine Initiative zählt in jedem Land und jeder Säule, in denen sie arbeitet.
landscape-country-caption = Initiativen und summierter EU-Beitrag nach Land und Säule
landscape-country-corner = Land
landscape-year-heading = Programme und Startjahre
landscape-year-intro = Welche Förderprogramme in welchen Jahren Initiativen begonnen haben.
landscape-year-caption = Initiativen und summierter EU-Beitrag nach Startjahr und Programm
landscape-year-corner = Startjahr
landscape-svg-title = Heatmap: { $caption }
landscape-svg-desc = Dunklere Felder enthalten mehr Initiativen, bis zu { $max } in einem Feld; schraffierte Felder keine. Die Tabelle nennt jede Zahl.
landscape-cell-label = { $row }, { $column }: { $n }
landscape-undated = { $count ->
    [one] { $n } Initiative hat kein Startdatum und fehlt in der Programmtabelle.
   *[other] { $n } Initiativen haben kein Startdatum und fehlen in der Programmtabelle.
}
landscape-without-country = { $count ->
    [one] { $n } Initiative nennt kein Land und fehlt in der Ländertabelle.
   *[other] { $n } Initiativen nennen kein Land und fehlen in der Ländertabelle.
}
landscape-eur-note = EU-Beiträge werden in jedem Feld, zu dem eine Initiative gehört, ganz gezählt: Zeilen und Spalten ergeben keine Gesamtsumme.
landscape-csv = Beide Tabellen als CSV herunterladen
landscape-json = Dieselben Daten als JSON
related-heading = Verwandte Arbeit
related-none = Noch keine verwandte Initiative gefunden.
related-as-json = Verwandte Arbeit als JSON
related-same-acronym = gleiches Akronym
related-same-coordinator = gleicher Koordinator ({ $name })
related-shared-topics = gemeinsame Themen: { $list }
related-shared-countries = gemeinsame Länder: { $list }
related-similar-words = ähnliche Wörter: { $list }
similar-page-title = Gibt es das schon?
similar-description = Die bestehenden Initiativen finden, die einer geplanten am nächsten sind, bevor Sie sie vorschlagen.
similar-heading = Gibt es das schon?
similar-lead = Bevor Sie eine neue Initiative vorschlagen, sehen Sie sich die ähnlichsten bestehenden an: auf früherer Arbeit aufbauen statt neu anfangen.
similar-acronym = Akronym
similar-title = Titel
similar-summary = Was sie tut
similar-button = Ähnliche Initiativen finden
similar-results = Die ähnlichsten bestehenden Initiativen
similar-none = Nichts Ähnliches gefunden: sie könnte neu sein.

## Community, Konten und Moderation (issue #4)
nav-community = Community
nav-account = Konto
nav-admin = Verwaltung
nav-login = Anmelden
nav-join = Registrieren
nav-logout = Abmelden
account-nav-label = Ihr Konto
error-detail-too-many = Zu viele Versuche in kurzer Zeit. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.

form-error-summary = Es ist ein Problem aufgetreten
form-error-prefix = Fehler:
form-required = Pflichtfeld
form-choose = Bitte wählen…
form-preview = Vorschau
form-preview-heading = Vorschau
form-error-missing = Bitte füllen Sie dieses Feld aus.
form-error-too-long = Verwenden Sie höchstens { $max } Zeichen.
form-error-email = Geben Sie eine E-Mail-Adresse ein, z. B. name@example.org.
form-error-country = Geben Sie einen Ländernamen oder den zweistelligen Ländercode ein, z. B. PL.
form-error-password-short = Verwenden Sie mindestens 8 Zeichen. Mehrere aneinandergereihte Wörter ergeben ein starkes Passwort.
form-error-password-long = Verwenden Sie höchstens 256 Zeichen.
form-error-password-common = Dieses Passwort ist zu verbreitet oder zu leicht zu erraten. Bitte wählen Sie ein anderes.
form-error-password-blank = Das Passwort darf nicht nur aus Leerzeichen bestehen.
form-error-password-site = Das Passwort darf nicht der Name dieser Website sein, auch nicht mit Ziffern oder Satzzeichen davor oder danach. Bitte wählen Sie ein anderes.
form-field-email = E-Mail-Adresse
form-field-display-name = Anzeigename
form-field-password = Passwort
form-field-organisation = Organisation
form-field-country = Land
form-field-expertise = Fachgebiet
form-field-pillars = Säulen, in denen Sie tätig sind
form-field-public = In meinem öffentlichen Profil anzeigen
form-field-code = Code
form-field-current-password = Aktuelles Passwort
form-field-new-password = Neues Passwort
form-field-acronym = Akronym oder Kurzname
form-field-title = Titel
form-field-summary = Zusammenfassung
form-field-programme = Förderprogramm
form-field-website = Website
form-field-countries = Länder
form-field-start-date = Startdatum
form-field-end-date = Enddatum
form-field-type = Art
form-field-url = Link
form-field-published = Veröffentlichungsdatum
form-field-language = Sprache
form-field-initiative = Initiative
form-field-start = Beginn
form-field-end = Ende
form-field-timezone = Zeitzone
form-field-city = Ort
form-field-online = Findet online statt
form-field-body = Text
form-field-source-url = Quelle
form-field-members-only = Nur für angemeldete Mitglieder
form-field-pillar = Bereich
form-hint-display-name = Wird bei Ihren Beiträgen angezeigt. Ihre E-Mail-Adresse wird niemals angezeigt.
form-hint-password = Mindestens 8 Zeichen; lange Passphrasen sind willkommen.
form-hint-country = Ein Ländername oder der zweistellige Ländercode, z. B. PL.
form-hint-expertise = Woran Sie arbeiten, in ein oder zwei Sätzen.
form-hint-code = Der 6-stellige Code aus Ihrer Authenticator-App oder einer Ihrer Wiederherstellungscodes.
form-hint-public = Ihr Anzeigename wird bei Ihren Beiträgen immer angezeigt; wählen Sie, was Mitglieder und Besucher darüber hinaus sehen dürfen.
form-field-profile-public = Meine Profilseite für alle sichtbar machen
form-hint-profile-public = Aus, solange Sie es nicht ankreuzen. Aus: Niemand sonst kann eine Profilseite von Ihnen öffnen, und Ihr Name steht ohne Link bei Ihren Beiträgen. An: Alle, angemeldet oder nicht, können Ihre Profilseite öffnen und Ihren Namen sowie die oben gewählten Angaben sehen.
form-hint-markdown = Markdown: *Hervorhebung*, **fett**, Listen, Links. Prüfen Sie das Ergebnis mit der Vorschau.
form-hint-programme = So, wie der Fördergeber es bezeichnet, z. B. „Horizon Europe“ oder „ISF-P“.
form-hint-countries = Zweistellige Codes oder Namen, durch Kommas getrennt.
form-hint-partial-date = Ein Jahr, ein Monat (2024-03) oder ein Tag (2024-03-15).
form-hint-language = Ein zweistelliger Code, z. B. en.
form-hint-initiative = Der Kurzname der Initiative, zu der der Eintrag gehört, falls vorhanden.
form-hint-datetime = Ein Tag (2025-05-14) oder ein Tag mit Uhrzeit (2025-05-14T09:30).
form-hint-timezone = Zum Beispiel Europe/Brussels.
form-hint-date = Ein Tag, z. B. 2025-05-14.
form-hint-members-only = Nicht angemeldete Besucher sehen diese Diskussion nicht.

join-title = Bei { $site } mitmachen
join-intro = Mitglieder tauschen sich mit Fachleuten aus Praxis und Forschung aus, schlagen Initiativen, Materialien, Veranstaltungen und Neuigkeiten vor und pflegen ihr eigenes Profil.
join-privacy = Wir speichern nur, was Sie hier eingeben. Sie können diese Daten jederzeit in Ihrem Konto herunterladen oder löschen.
join-submit = Konto erstellen
join-sent-title = Bitte prüfen Sie Ihre E-Mails
join-sent = Wenn diese Adresse E-Mails empfangen kann, ist eine Nachricht mit einem Bestätigungslink unterwegs. Der Link ist 48 Stunden gültig.
verify-title = E-Mail-Adresse bestätigen
verify-intro = Bestätigen Sie, dass diese Adresse Ihnen gehört, um die Erstellung Ihres Kontos abzuschließen.
verify-submit = Bestätigen
verify-done-title = E-Mail-Adresse bestätigt
verify-done = Vielen Dank. Sie können sich jetzt anmelden.
link-invalid-title = Dieser Link funktioniert nicht
link-invalid = Der Link ist fehlerhaft, wurde bereits verwendet oder ist abgelaufen. Sie können einen neuen anfordern.
login-title = Anmelden
login-submit = Anmelden
login-error = E-Mail-Adresse oder Passwort ist nicht korrekt.
login-unverified = Bestätigen Sie zuerst Ihre E-Mail-Adresse: Öffnen Sie den Link, den wir Ihnen geschickt haben.
code-title = Zweiter Schritt
code-intro = Personen mit Redaktions- oder Administrationsrechten bestätigen jede Anmeldung mit einem Code aus einer Authenticator-App.
code-enrol = Für Ihr Konto ist noch kein Authenticator eingerichtet. Fügen Sie es jetzt mit der Adresse oder dem Schlüssel unten einer App hinzu und geben Sie dann den Code ein, den die App anzeigt. Bewahren Sie die Wiederherstellungscodes an einem sicheren Ort auf: Falls Sie Ihr Telefon verlieren, funktioniert jeder davon einmal.
code-enrol-label = Authenticator einrichten
code-recovery-label = Wiederherstellungscodes:
code-submit = Weiter
code-error = Dieser Code ist nicht korrekt oder wurde bereits verwendet. Geben Sie den aktuellen Code ein.
attempts-wait = { $count ->
    [one] Zu viele fehlgeschlagene Versuche von hier. Sie können es in { $n } Sekunde erneut versuchen.
   *[other] Zu viele fehlgeschlagene Versuche von hier. Sie können es in { $n } Sekunden erneut versuchen.
}
code-intro-member = Sie haben für Ihr Konto einen zweiten Faktor eingeschaltet: Geben Sie den Code aus Ihrer Authenticator-App ein.
account-two-factor = Zweiter Faktor
account-two-factor-intro = Ein Code aus einer Authenticator-App bei jeder Anmeldung schützt Ihr Konto, auch wenn jemand Ihr Passwort erfährt.
account-two-factor-link = Zweiten Faktor einrichten oder ausschalten
two-factor-title = Zweiter Faktor
two-factor-intro = Fügen Sie Ihr Konto einer Authenticator-App hinzu und geben Sie Ihr Passwort und den angezeigten Code ein. Ab dann fragt jede Anmeldung nach einem Code, und Sie werden auf allen anderen Geräten abgemeldet.
two-factor-submit = Einschalten
two-factor-off-title = Zweiten Faktor ausschalten
two-factor-off-intro = Zum Ausschalten geben Sie Ihr Passwort und einen aktuellen Code (oder einen Wiederherstellungscode) ein. Sie werden auf allen anderen Geräten abgemeldet.
two-factor-off-submit = Ausschalten
two-factor-on = Der zweite Faktor ist eingeschaltet: Jede Anmeldung fragt nach einem Code aus Ihrer Authenticator-App.
two-factor-staff = Redakteurinnen, Redakteure und Administratoren müssen ihn eingeschaltet lassen.
two-factor-enrolled = Der zweite Faktor ist eingeschaltet. Bewahren Sie Ihre Wiederherstellungscodes sicher auf: Sie werden sie nicht wieder sehen.
two-factor-disabled = Der zweite Faktor ist ausgeschaltet. Die Anmeldung fragt nur nach Ihrem Passwort.
reset-title = Passwort vergessen
reset-intro = Geben Sie Ihre E-Mail-Adresse ein. Wir senden Ihnen dann einen Link, mit dem Sie ein neues Passwort festlegen können.
reset-submit = Link senden
reset-sent-title = Bitte prüfen Sie Ihre E-Mails
reset-sent = Wenn ein Konto diese Adresse verwendet, ist ein Link zum Festlegen eines neuen Passworts unterwegs. Er ist eine Stunde gültig.
reset-new-title = Neues Passwort festlegen
reset-new-submit = Passwort speichern
reset-done-title = Passwort geändert
reset-done = Ihr neues Passwort ist gespeichert, und alle Sitzungen wurden abgemeldet. Sie können sich jetzt anmelden.

account-title = Ihr Konto
account-heading = Hallo, { $name }
account-saved = Ihre Änderungen wurden gespeichert.
account-public-profile = Ihr öffentliches Profil ansehen
account-profile-private = Ihr Profil ist privat: Niemand sonst kann es öffnen. Um es öffentlich zu machen, kreuzen Sie unten „Meine Profilseite für alle sichtbar machen“ an.
account-profile = Profil
account-save = Profil speichern
account-propose = Inhalte vorschlagen
account-submissions = Ihre Vorschläge
account-no-submissions = Sie haben noch nichts vorgeschlagen.
account-password = Passwort ändern
account-password-save = Passwort ändern
account-password-wrong = Das ist nicht Ihr aktuelles Passwort.
account-data = Ihre Daten
account-export = Alle Daten herunterladen, die wir über Sie gespeichert haben (JSON)
account-delete = Konto löschen
account-sessions = Ihre Geräte
account-logout-everywhere-intro = Auf einem geteilten oder geliehenen Gerät angemeldet, oder in Eile gegangen? Damit enden alle Sitzungen Ihres Kontos auf allen Geräten, auch auf diesem.
account-logout-everywhere = Überall abmelden
logout-everywhere-done-title = Sie sind überall abgemeldet
logout-everywhere-done = Alle Sitzungen Ihres Kontos sind beendet, auf allen Geräten, auch auf diesem. Wer ein Gerät benutzt, auf dem Sie angemeldet waren, muss sich jetzt neu anmelden.
delete-title = Konto löschen
delete-intro = Damit werden Ihr Konto, Ihre Sitzungen und Ihr Profil endgültig gelöscht. Ihre Beiträge bleiben in den Diskussionen erhalten und werden als Beiträge eines ehemaligen Mitglieds angezeigt. Geben Sie zur Bestätigung Ihr Passwort ein.
delete-submit = Mein Konto löschen
delete-done-title = Ihr Konto wurde gelöscht
delete-done = Ihr Konto und Ihre personenbezogenen Daten wurden gelöscht. Vielen Dank für Ihre Teilnahme.
member-description = Ein Mitglied der Sparks-Community.
member-nothing-public = Dieses Mitglied zeigt nur seinen Namen an.

kind-name-initiative = Initiative
kind-name-resource = Material
kind-name-event = Veranstaltung
kind-name-news = Neuigkeit
submission-status-pending = wartet auf Moderation
submission-status-approved = veröffentlicht
submission-status-rejected = nicht veröffentlicht
role-member = Mitglied
role-editor = Redaktion
role-admin = Administration
submit-initiative-title = Initiative vorschlagen
submit-resource-title = Material vorschlagen
submit-event-title = Veranstaltung vorschlagen
submit-news-title = Neuigkeit vorschlagen
submit-edit-title = { $title } bearbeiten
submit-intro-member = Die Redaktion prüft jeden Vorschlag, bevor er auf der Website erscheint. Sie erhalten eine E-Mail, sobald darüber entschieden wurde.
submit-intro-staff = Da Sie Redaktionsrechte haben, wird alles, was Sie hier speichern, sofort veröffentlicht und im Änderungsprotokoll erfasst.
submit-check-existing = Bevor Sie beginnen: Gibt es den Eintrag schon? Prüfen Sie das Verzeichnis über den Link unter dem Formular.
submit-similar = Gibt es das schon? Ähnliche Initiativen ansehen
submit-publish = Veröffentlichen
submit-send = Zur Prüfung senden
submit-unpublish = Veröffentlichung zurückziehen
submit-exists = Ein Eintrag mit diesem Namen existiert bereits. Schlagen Sie stattdessen eine Änderung daran vor.
submit-thanks-title = Vielen Dank
submit-thanks = Ihr Vorschlag wartet auf die Prüfung durch die Redaktion. Sie können den Stand auf Ihrer Kontoseite verfolgen.

community-heading = Community
community-lead = Fachleute aus Praxis, Forschung und Politik teilen, was wirkt: Fragen stellen, antworten und diskutieren – nach Säule oder im allgemeinen Bereich.
community-spaces = Bereiche
community-all = Alle Bereiche
community-general = Allgemein
community-threads = Diskussionen
community-no-threads = Hier gibt es noch keine Diskussionen.
community-posts = { $count ->
    [one] { $n } Beitrag
   *[other] { $n } Beiträge
}
community-members-only = nur für Mitglieder
community-locked = gesperrt
community-hidden = ausgeblendet
community-new-thread = Diskussion beginnen
community-start = Diskussion starten
community-login-to-post = Melden Sie sich an, um teilzunehmen
community-former-member = Ehemaliges Mitglied
community-locked-notice = Diese Diskussion ist gesperrt: Neue Antworten sind nicht möglich.
community-lock = Diskussion sperren
community-unlock = Diskussion entsperren
community-pinned = angeheftet
community-thread-hidden-notice = Diese Diskussion ist ausgeblendet: Nur Redaktion und Administration sehen sie.
community-hide-thread = Diskussion ausblenden
community-show-thread = Diskussion wieder anzeigen
community-pin = Oben anheften
community-unpin = Nicht mehr anheften
community-move-to = In Bereich verschieben
community-move = Verschieben
community-report = Melden
community-post = Beitrag
community-report-reason = Warum sollte sich die Moderation diesen Beitrag ansehen?
community-report-send = Meldung senden
community-hide-post = Ausblenden
community-show-post = Wieder einblenden
community-reply = Antworten
community-reply-send = Antwort senden
community-error-space = Wählen Sie einen der Bereiche.

admin-heading = Verwaltung
admin-create = Inhalt hinzufügen
admin-waiting = { $count ->
    [one] { $n } Eintrag wartet
   *[other] { $n } Einträge warten
}
moderation-heading = Moderation
moderation-pending = Wartende Vorschläge
moderation-reports = Gemeldete Beiträge
moderation-none = Derzeit wartet nichts.
moderation-edit-of = Änderung an
moderation-reason = Begründung (zum Ablehnen erforderlich; wird an das Mitglied gesendet)
moderation-reason-hint = Geben Sie an, was den Vorschlag annehmbar machen würde.
moderation-reason-missing = Geben Sie eine Begründung für die Ablehnung an: Das Mitglied wird sie lesen.
moderation-approve = Annehmen und veröffentlichen
moderation-reject = Ablehnen
moderation-reported-post = Gemeldeter Beitrag
moderation-report-reason = Grund
moderation-hide = Beitrag ausblenden
moderation-keep = Beitrag beibehalten
users-heading = Nutzerkonten und Rollen
users-name = Name
users-initiatives = Initiativen
users-link = Mit Initiative verknüpfen
users-status = Status
users-role = Rolle
users-save = Rolle speichern
users-verified = bestätigt
users-unverified = nicht bestätigt
users-totp = zweiter Faktor
audit-heading = Änderungsprotokoll
audit-when = Wann
audit-who = Wer
audit-what = Was
audit-changed = Geänderte Felder
audit-restore = Wiederherstellen
audit-restore-button = Diese Version wiederherstellen

email-verify-subject = Bestätigen Sie Ihre E-Mail-Adresse für { $site }
email-verify-body = Willkommen bei { $site }. Öffnen Sie diesen Link, um Ihre E-Mail-Adresse zu bestätigen (er ist 48 Stunden gültig): { $link }  Falls Sie sich nicht registrieren wollten, ignorieren Sie diese Nachricht bitte.
email-exists-subject = Jemand wollte sich mit Ihrer Adresse bei { $site } registrieren
email-exists-body = Jemand hat versucht, mit dieser E-Mail-Adresse ein { $site }-Konto zu erstellen, obwohl dafür bereits eines besteht. Wenn Sie das waren, melden Sie sich an oder legen Sie hier ein neues Passwort fest: { $link }  Falls nicht, ignorieren Sie diese Nachricht bitte.
email-reset-subject = Neues Passwort für { $site } festlegen
email-reset-body = Öffnen Sie diesen Link, um ein neues Passwort festzulegen (er ist eine Stunde gültig): { $link }  Falls Sie das nicht angefordert haben, ignorieren Sie diese Nachricht bitte; Ihr Passwort bleibt unverändert.
email-approved-subject = Ihr Vorschlag wurde auf Sparks veröffentlicht
email-approved-body = Vielen Dank: „{ $title }“ ist jetzt auf Sparks zu finden: { $link }
email-rejected-subject = Ihr Vorschlag für Sparks wurde nicht veröffentlicht
email-rejected-body = Die Redaktion hat „{ $title }“ geprüft und nicht veröffentlicht. Begründung: { $reason }

## Newsletter
footer-newsletter = Newsletter
newsletter-title = Der { $site }-Newsletter
newsletter-intro = Eine Übersicht über neue Initiativen, Materialien, Veranstaltungen und Nachrichten, etwa einmal pro Woche.
newsletter-privacy = Wir speichern nur Ihre Adresse, und erst nachdem Sie sie bestätigt haben. Jede Ausgabe enthält einen Link zum Abbestellen mit einem Klick.
newsletter-submit = Abonnieren
newsletter-sent-title = Bitte prüfen Sie Ihr Postfach
newsletter-sent = Wenn die Adresse E-Mails empfangen kann, ist eine Nachricht mit einem Bestätigungslink unterwegs. Bis zur Bestätigung senden wir nichts anderes.
newsletter-confirm-title = Abonnement bestätigen
newsletter-confirm-submit = Abonnement bestätigen
newsletter-confirmed-title = Abonnement bestätigt
newsletter-confirmed = Vielen Dank. Die nächste Ausgabe geht an diese Adresse.
newsletter-unsubscribe-title = Newsletter abbestellen
newsletter-unsubscribe-submit = Abbestellen
newsletter-unsubscribed-title = Abbestellt
newsletter-unsubscribed = Ihre Adresse wurde entfernt. Sie erhalten keine weiteren Ausgaben.
email-newsletter-confirm-subject = Bitte bestätigen Sie Ihr Abonnement des { $site }-Newsletters
email-newsletter-confirm-body = Öffnen Sie diesen Link, um zu bestätigen, dass Sie die { $site }-Übersicht erhalten möchten (er gilt 48 Stunden): { $link }  Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Es wird nichts weiter gesendet.

## Feeds through the web
submit-feed-title = Feed vorschlagen
submit-feed-intro = Veröffentlicht eine Initiative Nachrichten als RSS, Atom oder JSON Feed? Geben Sie die Adresse an: Sobald die Redaktion zustimmt, prüft sie auch die neuen Beiträge; danach erscheinen sie unter Nachrichten, mit Angabe der Initiative.
form-field-feed-url = Feed-Adresse
form-hint-initiative-slug = Der Kurzname der Initiative wie in ihrer Adresse, etwa arica für /initiatives/arica.
form-hint-feed-url = Die Adresse des RSS-, Atom- oder JSON-Feeds, beginnend mit https://.
submit-feed-no-initiative = Keine Initiative hat diesen Kurznamen. Kopieren Sie ihn aus der Adresse der Initiative.
submit-feed-bad-url = Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt.
feeds-heading = Feeds
feeds-none = Noch keine Feeds.
feeds-status = Status
feeds-last-fetch = Letzter Abruf
feeds-items = Beiträge
feeds-error = Letzter Fehler
feeds-untrusted = nicht vertrauenswürdig: Beiträge warten auf die Redaktion
feeds-trusted = vertrauenswürdig: Beiträge erscheinen direkt
feeds-trust-heading = Vertrauen
feeds-trust = Diesem Feed vertrauen
feeds-distrust = Diesem Feed nicht mehr vertrauen
feeds-trust-note = Beiträge eines nicht vertrauenswürdigen Feeds warten in der Moderationswarteschlange. Wird einem Feed vertraut, erscheinen seine späteren Beiträge direkt; bereits wartende bleiben in der Warteschlange.
submit-feed-taken = Diesen Feed hat bereits eine andere Initiative: Ein Feed gehört zu genau einer Initiative.
kind-name-feed = Feed
kind-name-feed-item = Feed-Beitrag
moderation-from-feed = aus dem Feed { $url }

## Recommendations through the web
submit-recommendation-title = Empfehlung hinzufügen
kind-name-recommendation = Empfehlung
form-field-rec-pillar = Säule
form-field-text = Empfehlung
form-field-issuer = Herausgegeben von
form-field-year = Jahr
form-field-addressee = Gerichtet an
form-field-initiatives = Initiativen
form-hint-initiatives = Kurznamen der Initiativen, von denen sie stammt, durch Kommas getrennt.

## Media uploads by editors
media-admin-heading = Medien hochladen
media-admin-intro = Grafiken für das Medienpaket: PNG, JPEG, GIF oder WebP, bis 8 MB. Jede Datei wird geprüft, ohne Metadaten neu kodiert und dann im Medienpaket zum Herunterladen angeboten.
media-admin-file = Bilddatei
media-admin-file-hint = PNG, JPEG, GIF oder WebP, bis 8 MB und 8.000 Pixel pro Seite.
media-admin-label = Was es zeigt
media-admin-submit = Hochladen
media-admin-disabled = Uploads sind auf diesem Server nicht eingerichtet.
media-admin-list = Hochgeladene Grafiken
media-admin-none = Noch nichts hochgeladen.
media-admin-missing = Wählen Sie ein Bild und beschreiben Sie, was es zeigt.
media-admin-refused = Die Datei wurde abgelehnt: { $reason }.
media-pack-uploads = Weitere Grafiken

## Figures and help services through the web
submit-statistic-title = Kennzahl hinzufügen
submit-helpline-title = Hilfsangebot hinzufügen
kind-name-statistic = Kennzahl
kind-name-helpline = Hilfsangebot
form-field-figure = Was gezählt wird
form-field-value = Wert
form-field-publisher = Veröffentlicht von
form-field-primary-source = Originalveröffentlichung
form-field-note = Einschränkungen
form-field-name = Name
form-field-phone = Telefon
form-field-report-url = Wo man meldet
form-field-hours = Erreichbarkeit
form-field-languages = Sprachen
form-field-notes = Hinweise
form-field-checked = Zuletzt geprüft
form-hint-stat-value = Eine ganze Zahl oder der Wert im Wortlaut der Quelle.
form-hint-stat-year = Ein Jahr oder ein Zeitraum wie 2020-2022.
form-hint-country-code = Der zweibuchstabige Ländercode, etwa PL.
form-hint-languages = Zweibuchstabige Codes, durch Kommas getrennt.

## Link checking
link-reported-broken = Link am { $date } als defekt gemeldet
links-admin-heading = Defekte Links
links-admin-intro = Externe Links, die die Linkprüfung als defekt gefunden hat, nach Eintrag: entfernt (404, 410), nicht erreichbar oder bei Prüfung um Prüfung fehlerhaft. Hier wird nichts aus Ihrem Browser abgerufen; der Server prüft Links nach Zeitplan (und mit „sparks links check --once“).
links-admin-none = Keine defekten Links gefunden.
links-admin-record = Eintrag
links-admin-link = Link
links-admin-found = Ergebnis der Prüfung
links-admin-since = Als defekt gemeldet am
links-admin-last-success = Zuletzt erreichbar
links-admin-never = nie
links-admin-edit = Bearbeiten
links-kind-initiative = Initiative
links-kind-resource = Ressource
links-kind-news = Nachricht
links-kind-event = Veranstaltung
links-kind-statistic = Zahl
links-kind-recommendation = Empfehlung
links-kind-helpline = Hilfsangebot
## Terminology check (issue #16, point 7)
wording-found = „{ $written }“: Die Terminologie-Leitlinien des Fachgebiets empfehlen „{ $preferred }“. { $reason }
wording-confirm = Diese Formulierung beibehalten und trotzdem senden
terms-heading = Terminologie
terms-intro = Texte, die Menschen schreiben (Themen, Antworten, Vorschläge, Änderungen), werden beim Senden mit dieser Liste abgeglichen. Die Verfasser sehen den Vorschlag und dürfen ihre Formulierung behalten; solche Texte stehen hier zur Durchsicht.
terms-flags-heading = Texte, die einen gelisteten Begriff behalten haben
terms-flags-none = Kein Text wartet auf Durchsicht.
terms-flag-text = Text
terms-flag-terms = Begriffe wie geschrieben
terms-flag-when = Wann
terms-flag-reviewed = Durchgesehen
terms-list-heading = Nicht empfohlene Begriffe
terms-remove = Entfernen
terms-add-heading = Begriff hinzufügen
terms-add = Begriff hinzufügen
form-field-term = Begriff
form-field-lang = Sprache
form-field-preferred = Empfohlene Formulierung
form-field-reason = Begründung
form-hint-term = Ganze Wörter; ein Wort mit * am Ende trifft jedes Wort, das so beginnt (z. B. Kinderporno*).
terms-error-exists = Diese Sprache führt den Begriff bereits.
terms-error-term = Geben Sie mindestens ein Wort mit zwei oder mehr Buchstaben ein.
terms-error-long = Höchstens 300 Zeichen.

## Content warnings (issue #16, point 8)
content-warning = Inhaltswarnung
content-warning-show = (Inhalt anzeigen)
content-warning-none = Keine Inhaltswarnung
content-warning-abuse-described = Beschreibungen von Missbrauch
content-warning-survivor-testimony = Berichte Betroffener
content-warning-imagery-described = Beschreibung von Missbrauchsdarstellungen
content-warning-self-harm = Selbstverletzung oder Suizid
form-field-content-warning = Inhaltswarnung
form-hint-content-warning = Wenn der Text belastend sein kann, zeigen die Seiten ihn erst nach dieser Warnung.
form-error-content-warning = Wählen Sie eine Warnung aus der Liste.
## Own posts: edit, delete, history, quote (issue #17)
community-post-deleted = Dieser Beitrag wurde von seiner Autorin oder seinem Autor gelöscht.
community-quote = Zitieren
community-edit = Bearbeiten
community-delete = Löschen
community-history = Frühere Fassungen
community-edited = bearbeitet { $when }
community-quote-wrote = { $name } schrieb:
post-edit-title = Beitrag bearbeiten
post-edit-submit = Änderungen speichern
post-edit-intro = Im Thema „{ $thread }“. Das Team kann frühere Fassungen sehen.
post-back-to-thread = Zurück zum Thema
post-delete-link = Diesen Beitrag löschen
post-delete-title = Beitrag löschen?
post-delete-submit = Beitrag löschen
post-delete-intro = Der Text wird endgültig entfernt, mit seinen früheren Fassungen. Antworten bleiben an ihrer Stelle; das Thema zeigt, dass der Beitrag gelöscht wurde.
post-history-heading = Fassungen eines Beitrags
post-history-back = Zurück zum Beitrag
post-history-current = Aktuelle Fassung
post-history-earlier = Frühere Fassungen
post-history-none = Dieser Beitrag wurde nicht bearbeitet.
post-history-written = Geschrieben von { $name } am { $when }
post-history-replaced = ersetzt von { $name } am { $when }
form-field-topics = Themen

## Newsletter choices (issue #17)
newsletter-pillars = Säulen
newsletter-topics = Themen
newsletter-choices-hint = Kreuzen Sie an, worüber Sie lesen möchten. Nichts angekreuzt: alles.
newsletter-manage-title = Inhalt Ihres Newsletters wählen
newsletter-manage-submit = Auswahl speichern
newsletter-manage-intro = Der Newsletter nennt Neues zu den angekreuzten Säulen und Themen; ohne Auswahl alles.
newsletter-manage-saved-title = Auswahl gespeichert
newsletter-manage-saved = Der nächste Newsletter folgt Ihrer neuen Auswahl.
## Expertengruppen (Issue #17)
groups-heading = Expertengruppen
groups-lead = Geschlossene Räume für Fachleute aus Praxis und Forschung. Nur die Mitglieder einer Gruppe lesen ihre Diskussionen.
groups-none = Es gibt noch keine Gruppen.
groups-admin-link = Gruppen verwalten
groups-admin-heading = Expertengruppen: Verwaltung
groups-policy-request = Jedes bestätigte Mitglied kann um Aufnahme bitten
groups-policy-invitation = Nur auf Einladung
groups-status-member = Sie sind Mitglied
groups-status-pending = Ihre Anfrage wartet
groups-role-member = Mitglied
groups-role-moderator = Moderation
groups-members = Mitglieder
groups-leave = Gruppe verlassen
groups-pending = Ihre Anfrage wartet auf die Moderation. Sie schrieben:
groups-ask-heading = Um Aufnahme bitten
groups-ask = Anfrage senden
groups-statement-hint = Ein paar Sätze dazu, wer Sie sind und warum Sie beitreten möchten. Die Moderation der Gruppe liest sie.
groups-login-to-ask = Melden Sie sich an, um um Aufnahme zu bitten
groups-queue-link = Wartende Anfragen und Meldungen
groups-queue-heading = Aufnahmeanfragen
groups-requests = Anfragen
groups-approve = Annehmen
groups-decline = Ablehnen
groups-reason-hint = Zum Ablehnen nötig: Das Mitglied erhält sie per E-Mail.
groups-error-reason = Geben Sie an, warum Sie ablehnen: Das Mitglied erhält diese Begründung.
groups-keep-post = Beitrag behalten
groups-new = Neue Gruppe
groups-create = Gruppe anlegen
groups-public-page = Die Seite der Gruppe
groups-edit = Name, Beschreibung und wer beitreten kann
groups-save = Speichern
groups-add-member = Mitglied hinzufügen oder Moderation ernennen
groups-add = Hinzufügen
groups-email-hint = Die E-Mail-Adresse eines bestätigten Kontos.
groups-error-policy = Wählen Sie, wer um Aufnahme bitten kann.
groups-error-name = Der Name braucht Buchstaben oder Ziffern.
groups-error-taken = Eine Gruppe mit diesem Namen gibt es schon.
groups-error-no-account = Kein bestätigtes Konto hat diese Adresse.
form-field-statement = Warum Sie beitreten möchten
form-field-decline-reason = Begründung (zum Ablehnen)
form-field-group-description = Beschreibung
form-field-join-policy = Wer um Aufnahme bitten kann
form-field-group-role = Rolle in der Gruppe
email-group-approved-subject = Willkommen in der Gruppe „{ $group }“ auf Sparks
email-group-approved-body = Ihre Anfrage, „{ $group }“ beizutreten, wurde angenommen. Die Diskussionen der Gruppe finden Sie hier: { $link }
email-group-declined-subject = Ihre Anfrage an „{ $group }“ auf Sparks
email-group-declined-body = Die Moderation von „{ $group }“ hat Ihre Anfrage abgelehnt. Begründung: { $reason }  Mehr über die Gruppe: { $link }
## Every fact of a record, with its sources (issue 16)
form-field-grant-id = Nummer der Finanzhilfevereinbarung
form-field-coordinator = Koordination (Organisation)
form-field-coordinator-country = Land der Koordination
form-field-partner-countries = Länder der Partner
form-field-eu-contribution-eur = EU-Beitrag (Euro)
form-field-cordis-url = CORDIS-Seite
form-field-sources = Quellen
form-field-field-sources = Quellen einzelner Angaben
form-field-sparks-urls = Seiten auf der früheren Sparks-Website
form-field-audience = Zielgruppe
form-field-organisers = Veranstalter
form-field-also-cited-at = Auch zitiert in
form-field-chat = Chat
form-yes = Ja
form-no = Nein
form-hint-lines = Eine Angabe pro Zeile.
form-hint-lines-countries = Ein Land pro Zeile: Name oder Code aus zwei Buchstaben, z. B. PL.
form-hint-lines-urls = Eine Webadresse pro Zeile, beginnend mit https:// oder http://.
form-hint-field-sources = Eine Angabe pro Zeile: ihr Name, ein Leerzeichen, dann die Adresse der Quelle (mehrere Adressen durch Leerzeichen getrennt), z. B.: start_date https://example.org/about
form-hint-euros = Ein ganzer Betrag in Euro, nur Ziffern, z. B. 4974290.
form-hint-plain = Reiner Text: wird so gezeigt, wie er geschrieben ist.
form-error-line-url = Zeile { $line }: „{ $value }“ ist keine Webadresse (sie muss mit https:// oder http:// beginnen).
form-error-line-country = Zeile { $line }: „{ $value }“ ist kein bekanntes Land; bitte Namen oder Code aus zwei Buchstaben angeben.
form-error-line-field-source = Zeile { $line }: „{ $value }“ braucht den Namen der Angabe, ein Leerzeichen und dann die Adresse der Quelle.
form-error-whole-euros = Bitte einen ganzen Betrag in Euro angeben, nur Ziffern, z. B. 4974290.
form-error-year = Bitte ein Jahr in Ziffern angeben, z. B. 2024.
form-error-source-needed = Eine neue Initiative braucht mindestens eine Quelle: die Webadresse einer Seite, die ihre Angaben belegt.
form-field-partners = Partnerorganisationen
form-hint-lines-partners = Eine Organisation pro Zeile, mit ihrem Namen; ihre Länder gehören ins nächste Feld.
fact-partners = Partner
## Status aus Fakten und Prüfdaten (Issue #16)
status-probably-ongoing = Vermutlich laufend
status-probably-ongoing-since = Vermutlich laufend (Beginn { $year }, kein Enddatum erfasst)
status-rule-note = „Laufend“ heißt: Das Enddatum liegt noch vor uns oder eine Quelle sagt es. Ohne Enddatum gilt eine Initiative, die in den letzten drei Jahren begonnen hat, als vermutlich laufend, eine ältere als Status unbekannt.
fact-status-source = Quelle des Status
form-field-status = Von einer Quelle genannter Status
form-hint-status = Nur wenn eine Quelle es sagt (etwa die eigene Website der Initiative meldet das Ende). Sonst entscheiden die Daten.
form-status-from-dates = Keiner: aus den Daten ableiten
form-field-status-source = Quelle des Status
form-hint-status-source = Die Adresse der Seite, die den Status nennt. Nötig, wenn ein Status gewählt ist.
checked-on = Geprüft am { $date }
checked-never = Noch nicht geprüft
review-heading = Prüfliste
review-lead = Einträge, deren Fakten am längsten nicht geprüft wurden, stehen oben: nie geprüfte zuerst, Hilfsangebote vor dem Rest. „Noch korrekt“ vermerkt das heutige Datum und Ihren Namen.
review-record = Eintrag
review-type = Art
review-checked = Zuletzt geprüft
review-actions = Aktionen
review-checked-by = { $date } von { $name }
review-still-correct = Noch korrekt
review-edit = Bearbeiten
review-empty = Nichts zu prüfen.
review-done = Als heute geprüft vermerkt.
review-type-initiative = Initiative
review-type-resource = Ressource
review-type-helpline = Hilfsangebot
review-type-statistic = Zahl
review-type-recommendation = Empfehlung
## Notifications (/notifications, the account menu, notification emails)
nav-notifications = Benachrichtigungen
nav-notifications-unread = ungelesen
notifications-title = Benachrichtigungen
notifications-unread-count = { $count ->
    [one] { $n } ungelesene Benachrichtigung
   *[other] { $n } ungelesene Benachrichtigungen
}
notifications-read-all = Alle als gelesen markieren
notifications-none = Noch keine Benachrichtigungen. Antworten in Ihren Diskussionen, Erwähnungen und Entscheidungen über Ihre Vorschläge erscheinen hier.
notifications-unread = ungelesen
notifications-mark-read = Als gelesen markieren
notifications-email-heading = E-Mail
notifications-email-intro = Wählen Sie für jede Art, ob Sie sofort eine E-Mail erhalten, einmal täglich eine Zusammenfassung oder keine. Auf dieser Seite sind sie immer aufgeführt.
notifications-save = Auswahl speichern
notifications-saved = Ihre Auswahl ist gespeichert.
notifications-read-done = Als gelesen markiert.
notifications-feed-heading = Privater Feed
notifications-feed-intro = Eine geheime Adresse eines Atom-Feeds Ihrer Benachrichtigungen, für einen Feedreader. Wer sie kennt, kann Ihre Benachrichtigungen lesen: Behalten Sie sie für sich und erstellen Sie eine neue, falls sie bekannt wurde (die alte funktioniert dann nicht mehr).
notifications-feed-url = Die Adresse Ihres Feeds
notifications-feed-once = Kopieren Sie sie jetzt: Zu Ihrer Sicherheit wird sie nicht gespeichert und kann nicht erneut angezeigt werden.
notifications-feed-exists = Sie haben einen privaten Feed. Erstellen Sie eine neue Adresse, wenn Sie sie verloren haben oder sie bekannt wurde; die alte funktioniert dann nicht mehr.
notifications-feed-create = Feed-Adresse erstellen
notifications-feed-regenerate = Neue Adresse erstellen
notifications-feed-revoke = Feed abschalten
notifications-feed-revoked = Ihr privater Feed ist abgeschaltet: Seine Adresse funktioniert nicht mehr.
notifications-feed-title = Ihre Sparks-Benachrichtigungen
notification-kind-reply = Antwort
notification-kind-reply-hint = Eine Antwort in einer Diskussion, die Sie begonnen oder in der Sie geschrieben haben.
notification-kind-mention = Erwähnung
notification-kind-mention-hint = Jemand hat @ und Ihren Namen (Leerzeichen als _) in einen Beitrag geschrieben.
notification-kind-decision = Entscheidung über Ihren Vorschlag
notification-kind-decision-hint = Die Redaktion hat Ihren Vorschlag veröffentlicht oder abgelehnt.
notification-kind-followed = Etwas, dem Sie folgen
notification-kind-followed-hint = Neues in einer Initiative, einer Säule, einem Thema, einer Diskussion oder einer Suche, der Sie folgen.
notification-kind-waiting = Wartet auf Prüfung
notification-kind-waiting-hint = Für die Redaktion und Admins: Ein neuer Vorschlag oder eine Meldung wartet.
notification-delivery-immediate = Sofort per E-Mail
notification-delivery-digest = Tägliche Zusammenfassung
notification-delivery-off = Keine E-Mail
notification-email-subject = Sparks — { $kind }: { $title }
notification-email-body = { $kind }: { $title }
    { $link }
notification-email-digest-subject = { $count ->
    [one] Sparks: { $n } Benachrichtigung heute
   *[other] Sparks: { $n } Benachrichtigungen heute
}
notification-email-digest-intro = Ihre Benachrichtigungen seit der letzten Zusammenfassung:
notification-email-stop = E-Mails dieser Art mit einem Klick abbestellen: { $stop }
notification-email-settings = Wählen Sie, wie Sie benachrichtigt werden: { $settings }
notifications-stop-title = Diese E-Mails abbestellen
notifications-stop-submit = Diese E-Mails abbestellen
notifications-stop-intro = Keine E-Mails mehr über: { $kind }. Auf Ihrer Benachrichtigungsseite bleiben sie aufgeführt.
notifications-stopped-title = E-Mails abbestellt
notifications-stopped = Sie erhalten keine E-Mails mehr über: { $kind }. Auf Ihrer Benachrichtigungsseite können Sie sie wieder einschalten.
# Following (issue #17)
follow-start = Folgen
follow-stop = Nicht mehr folgen
follow-following = Sie folgen dem.
follow-all = Alles, dem Sie folgen
follow-kind-initiative = Initiative
follow-kind-pillar = Säule
follow-kind-country = Land
follow-kind-topic = Thema
follow-kind-thread = Diskussion
follow-kind-search = Gespeicherte Suche
following-heading = Dem Sie folgen
following-lead = Neue Einträge, Nachrichten, Veranstaltungen, Materialien und Antworten in dem, dem Sie folgen, erscheinen in Ihren Benachrichtigungen.
following-none = Sie folgen noch nichts. Nutzen Sie die Schaltfläche „Folgen“ bei einer Initiative, einer Säule, einer Diskussion oder einer gefilterten Liste oder Suche.
account-following-link = Dem Sie folgen

## Recommendation uptake tracker (issue #19, section 2)
recs-back = Alle Empfehlungen
recs-pillar = Säule
recs-filter = Empfehlungen filtern
recs-filter-any = Alle
recs-filter-apply = Anzeigen
recs-filter-clear = Filter zurücksetzen
recs-filter-pillar = Säule
recs-filter-issuer = Herausgegeben von
recs-filter-addressee = Gerichtet an
recs-filter-country = Land
recs-filter-status = Umsetzung
recs-none = Keine Empfehlung passt zu diesen Filtern.
uptake-tracker-link = Umsetzungs-Tracker
uptake-csv = Umsetzung als CSV
uptake-heading = Umsetzung
uptake-caption = Wo jede angesprochene Stelle bei dieser Empfehlung steht
uptake-addressee = Adressat
uptake-status = Stand
uptake-date = Datum
uptake-note = Anmerkung
uptake-timeline = Verlauf
uptake-no-history = Bisher hat niemand eine Umsetzung erfasst: Der Stand ist unbekannt.
uptake-recorded-by = Erfasst von { $name } am { $when }
uptake-record-heading = Neuen Stand erfassen
uptake-record = Stand senden
uptake-record-staff = Als Redakteurin oder Redakteur veröffentlichen Sie den Stand sofort; er bleibt im Verlauf erhalten.
uptake-record-member = Ihr Stand wird mit seinem Beleg von der Redaktion geprüft, bevor er erscheint.
uptake-log-in = Melden Sie sich an, um einen neuen Stand mit Beleg vorzuschlagen
uptake-proposed = Danke: Ihr Vorschlag wartet auf die Redaktion.
uptake-field-addressee = Adressat
uptake-field-country = Mitgliedstaat (Ländercode mit zwei Buchstaben)
uptake-field-status = Stand der Umsetzung
uptake-field-date = Datum des Belegs
uptake-field-note = Kurze Anmerkung
uptake-field-source-url = Quelle des Belegs
uptake-hint-country = Nur für Mitgliedstaaten, etwa PL; leer lassen für alle Mitgliedstaaten.
uptake-hint-date = Der Tag, an dem der Stand galt, etwa 2025-03-31. Leer bedeutet heute.
uptake-hint-note = Was getan wurde, in ein oder zwei Sätzen.
uptake-hint-source = Pflicht, außer bei „Nicht begonnen“ und „Unbekannt“: eine Seite, die den Stand belegt.
uptake-error-source = Geben Sie die Adresse einer Seite an, die diesen Stand belegt.
uptake-error-future = Das Datum darf nicht in der Zukunft liegen.
uptake-error-date = Schreiben Sie einen Tag wie 2025-03-31.
uptake-error-country = Schreiben Sie einen Ländercode mit zwei Buchstaben, etwa PL.
uptake-error-country-kind = Nur Mitgliedstaaten werden mit Land angegeben: Wählen Sie „Mitgliedstaaten“ oder lassen Sie das Land leer.
uptake-error-note = Höchstens 1000 Zeichen.
uptake-error-url = Schreiben Sie eine Webadresse, die mit https:// oder http:// beginnt.
uptake-status-not-started = Nicht begonnen
uptake-status-in-progress = In Arbeit
uptake-status-implemented = Umgesetzt
uptake-status-partly-implemented = Teilweise umgesetzt
uptake-status-rejected = Abgelehnt
uptake-status-unknown = Unbekannt
uptake-addressee-eu = EU-Institutionen
uptake-addressee-member-states = Mitgliedstaaten
uptake-addressee-industry = Plattformen und Wirtschaft
uptake-addressee-practitioners = Fachpraxis
uptake-addressee-civil-society = Zivilgesellschaft
uptake-addressee-all = Alle Beteiligten
uptake-addressee-country = Mitgliedstaat: { $country }
uptake-tracker-title = Tracker zur Umsetzung der Empfehlungen
uptake-tracker-heading = Wer die Empfehlungen umgesetzt hat
uptake-tracker-lead = Jede Zeile ist eine zentrale Empfehlung, jede Spalte einer ihrer Adressaten, Mitgliedstaaten einzeln. Jede Zelle zeigt den zuletzt erfassten Stand, in Farbe und mit einem Zeichen.
uptake-tracker-caption = Stand der Umsetzung je Empfehlung und Adressat
uptake-legend = Legende
uptake-not-addressed = Nicht angesprochen
uptake-recommendation = Empfehlung
uptake-totals = Summen
uptake-totals-caption = Anzahl der Empfehlungen je Stand und Adressat
uptake-total = Summe
uptake-produced-by = Erarbeitet von
uptake-acted-on-by = Umgesetzt von
uptake-links-heading = Initiativen und Materialien dahinter
uptake-link = Verknüpfen
uptake-unlink = Entfernen
uptake-field-relation = Beziehung
uptake-field-kind = Art
uptake-field-target = Kurzname der Initiative oder des Materials
uptake-hint-target = Der letzte Teil der Adresse, etwa arica.
uptake-error-target = Keine Initiative und kein Material dieser Art hat diesen Kurznamen.
uptake-initiative-produced-by = Von ihr erarbeitete Empfehlungen
uptake-initiative-acted-on-by = Empfehlungen, die sie umsetzt
kind-name-uptake = Umsetzungsstand
## Site: navigation, compact header, contact, privacy, accessibility (issue #19, section 3)
header-menu = Menü
header-search-link = Suche
footer-nav-label = Über diese Website
footer-campaigns = Kampagnen
footer-media-pack = Pressematerial
footer-support = Unterstützen
footer-join = Der Community beitreten
footer-contact = Kontakt
footer-privacy-notice = Datenschutz
footer-accessibility = Barrierefreiheit
home-invite-heading = Machen Sie mit
home-invite-join-text = Treten Sie der Community bei: Schlagen Sie Initiativen, Materialien und Veranstaltungen vor und diskutieren Sie mit Fachleuten über die Arbeit gegen sexuellen Kindesmissbrauch.
home-invite-join = { $site } beitreten
home-invite-support-text = { $site } ist kostenlos und unabhängig. Ihre Unterstützung hält die Website online, geprüft und übersetzt.
home-invite-support = { $site } unterstützen
duration-hours = { $count ->
    [one] { $n } Stunde
   *[other] { $n } Stunden
}
duration-minutes = { $count ->
    [one] { $n } Minute
   *[other] { $n } Minuten
}
contact-title = Kontakt
contact-submit = Nachricht senden
contact-intro = Schreiben Sie den Menschen, die { $site } betreiben: eine Frage, eine Korrektur, eine Barriere, auf die Sie gestoßen sind, ein Vorschlag.
contact-help-first = Wenn Sie oder ein Kind jetzt Hilfe brauchen, warten Sie nicht auf eine Antwort: Die Hilfeseite nennt Notrufnummern und Beratungsstellen.
contact-email-hint = Wir brauchen sie, um Ihnen zu antworten, und verwenden sie für nichts anderes.
contact-privacy-link = Wie Ihre Nachricht behandelt wird
contact-sent-title = Nachricht gesendet
contact-sent = Danke. Ihre Nachricht ist auf dem Weg zu den Betreibern der Website; sie antworten Ihnen an die angegebene Adresse.
contact-back-home = Zur Startseite
form-field-subject = Betreff
form-field-message = Nachricht
privacy-title = Datenschutzhinweis
privacy-description = Was { $site } über Sie speichert, warum, wie lange, und wie Sie Ihre Rechte ausüben.
privacy-lead = Dieser Hinweis sagt, was { $site } speichert, warum und wie lange, und wie Sie Ihre Rechte ausüben. Er wird aus den Einstellungen erzeugt, mit denen diese Website läuft: Die genannten Fristen sind die, die sie anwendet.
privacy-no-tracking = Wer sich nicht anmeldet, erhält kein Cookie, und keine Seite lädt etwas von einer anderen Website: keine Statistikdienste, Schriften, Karten oder eingebetteten Videos.
privacy-data-heading = Was gespeichert wird, warum und wie lange
privacy-why = Warum
privacy-how-long = Wie lange
privacy-visitors-what = Besucherinnen und Besucher ohne Anmeldung
privacy-visitors-why = Über Sie wird nichts gespeichert außer dem Serverprotokoll (siehe unten): Die Seiten sind für alle gleich, und die Sprachwahl steht in der Adresse, nicht in einem Cookie.
privacy-visitors-how-long = Es gibt nichts aufzubewahren.
privacy-logs-what = Serverprotokolle: Methode, Pfad (nie die Suchbegriffe oder andere Abfragetexte), Status und Dauer jeder Anfrage; bei Sicherheitsereignissen (Anmeldungen, abgewiesene Formulare, Ratenbegrenzungen) die Netzwerkadresse
privacy-logs-why = Um die Website zu betreiben, Fehler zu finden und Missbrauch zu stoppen.
privacy-logs-how-long = So lange, wie die Betreiber ihre Serverprotokolle aufbewahren; die Software selbst schreibt nie Passwörter, Tokens oder Sitzungskennungen hinein.
privacy-account-what = Konten der Mitglieder: E-Mail-Adresse, Anzeigename, Passwort (nur als argon2id-Hash), Organisation, Land, Fachgebiet, Säulen, welche davon Ihr Profil zeigt, und ein zweiter Faktor, wenn Sie ihn einschalten (mit dem Schlüssel der Website versiegelt)
privacy-account-why = Um Ihr Konto zu führen und das Profil zu zeigen, das Sie öffentlich machen; die E-Mail-Adresse erscheint nie auf einer Seite.
privacy-account-how-long = Bis Sie Ihr Konto löschen.
privacy-session-what = Sitzungen: ein Cookie mit einer zufälligen Kennung; die Datenbank speichert nur deren Hash
privacy-session-why = Damit Sie angemeldet bleiben. Das Cookie wird erst bei der Anmeldung gesetzt.
privacy-session-how-long = Eine Sitzung endet nach { $idle } ohne Nutzung ({ $staff } für Redaktion und Administration), spätestens { $absolute } nach der Anmeldung, und wenn Sie sich abmelden oder Ihr Passwort ändern.
privacy-tokens-what = Per E-Mail gesendete Links (Adresse bestätigen, neues Passwort wählen, Newsletter bestätigen); nur ihr Hash wird gespeichert
privacy-tokens-why = Um zu prüfen, dass eine Adresse Ihnen gehört.
privacy-tokens-how-long = Beitritt: { $join }; neues Passwort: { $reset }; Newsletter: { $newsletter }. Danach funktioniert der Link nicht mehr.
privacy-posts-what = Was Sie schreiben: Diskussionen, Antworten, Meldungen, Vorschläge und frühere Fassungen bearbeiteter Beiträge
privacy-posts-why = Die Diskussionen der Community und die Moderation dessen, was veröffentlicht wird.
privacy-posts-how-long = Bis Sie einen Beitrag löschen. Wenn Sie Ihr Konto löschen, bleiben Ihre Beiträge ohne Ihren Namen stehen.
privacy-notifications-what = Benachrichtigungen, was Sie verfolgen, Ihre E-Mail-Einstellungen und die Sprache Ihrer E-Mails
privacy-notifications-why = Um Sie über Antworten, Erwähnungen und neue Einträge zu informieren, denen Sie folgen.
privacy-notifications-how-long = Bis Sie Ihr Konto löschen; jede E-Mail enthält einen Link, um sie abzubestellen.
privacy-newsletter-what = Newsletter-Abonnements: E-Mail-Adresse, gewählte Säulen und Themen und wann das Abonnement bestätigt wurde
privacy-newsletter-why = Um die Übersicht über Neues zu senden.
privacy-newsletter-digest-every = Auf dieser Website wird sie alle { $every } verschickt.
privacy-newsletter-digest-manual = Auf dieser Website verschicken die Betreiber sie von Hand.
privacy-newsletter-how-long = Bis Sie sich abmelden, mit dem Ein-Klick-Link in jeder Ausgabe; vor Ihrer Bestätigung wird nichts gesendet.
privacy-contact-what = Nachrichten über das Kontaktformular: Name, Antwortadresse, Betreff und Text
privacy-contact-why = Um Ihnen zu antworten.
privacy-contact-how-long = Die Website bewahrt sie nicht auf: Jede Nachricht wird an die Betreiber gemailt und verlässt die Warteschlange, sobald sie gesendet ist.
privacy-mail-smtp = Diese Website übergibt E-Mails dem Mailserver der Betreiber.
privacy-mail-outbox = Auf dieser Website ist kein Mailserver eingerichtet: E-Mails werden als Dateien in den Postausgangsordner des Servers geschrieben, für die Betreiber.
privacy-mail-what = E-Mails, die auf den Versand warten: Adresse, Betreff und Text
privacy-mail-why = Um die oben genannten E-Mails zuzustellen und es erneut zu versuchen, wenn der Mailserver ausfällt.
privacy-mail-how-long = Nach dem Versand gelöscht; nach { $attempts } gescheiterten Versuchen bleibt eine E-Mail als gescheitert markiert, damit die Betreiber sie prüfen.
privacy-uploads-what = Von der Redaktion für das Pressematerial hochgeladene Bilder, neu kodiert ohne ihre Metadaten (Ort, Kamera, Urheber).
privacy-uploads-bucket = Sie liegen im S3-kompatiblen Speicher der Betreiber.
privacy-uploads-local = Sie liegen im Datenordner des Servers.
privacy-uploads-why = Um sie zum Herunterladen anzubieten.
privacy-uploads-how-long = Bis die Redaktion sie entfernt.
privacy-audit-what = Das Änderungsprotokoll: wer welchen Eintrag wann geändert hat, und die frühere Fassung
privacy-audit-why = Damit sich jede veröffentlichte Angabe nachvollziehen und wiederherstellen lässt.
privacy-audit-how-long = So lange wie der Eintrag; die Einträge eines gelöschten Kontos nennen es nicht mehr.
privacy-backups-what = Sicherungen: Kopien der gesamten Datenbank und der hochgeladenen Dateien
privacy-backups-why = Um die Website nach einem Ausfall wiederherzustellen.
privacy-backups-how-long = So lange, wie die Betreiber jede Kopie aufbewahren; gelöschte Daten verschwinden aus den Sicherungen, wenn ältere Kopien ersetzt werden.
privacy-rights-heading = Ihre Rechte und wie Sie sie ausüben
privacy-rights-intro = Nach der Datenschutz-Grundverordnung (DSGVO) können Sie einsehen, berichtigen und löschen, was über Sie gespeichert ist, und der Verwendung widersprechen. Das meiste erledigen Sie selbst:
privacy-right-access = Alles, was zu Ihrem Konto gespeichert ist, als Datei ansehen:
privacy-right-access-link = Ihre Daten exportieren
privacy-right-rectify = Ihre Angaben berichtigen und wählen, was Ihr Profil zeigt:
privacy-right-rectify-link = Ihr Konto
privacy-right-erase = Ihr Konto löschen:
privacy-right-erase-link = Konto löschen
privacy-right-unsubscribe = Den Newsletter mit dem Link in jeder Ausgabe abbestellen, oder hier:
privacy-right-unsubscribe-link = der Newsletter
privacy-right-notifications = Benachrichtigungs-E-Mails abbestellen:
privacy-right-notifications-link = Ihre Benachrichtigungen
privacy-right-other = Für alles andere (eine Frage zu Ihren Daten, einen Widerspruch, ein Abonnement, das Sie nicht erreichen) schreiben Sie uns:
privacy-right-other-link = Kontakt
privacy-right-complain = Sie können sich auch bei der Datenschutzaufsichtsbehörde Ihres Landes beschweren.
a11y-title = Erklärung zur Barrierefreiheit
a11y-description = Wie barrierefrei { $site } ist, was noch nicht, und wie Sie uns eine Barriere melden.
a11y-lead = { $site } möchte, dass seine Website für alle nutzbar ist, im Einklang mit der Richtlinie (EU) 2016/2102. Diese Erklärung gilt für { $address }.
a11y-status-heading = Stand der Vereinbarkeit
a11y-status-partial = Diese Website ist wegen der unten genannten Lücken teilweise mit den Richtlinien für barrierefreie Webinhalte (WCAG) 2.1, Stufe AA, vereinbar.
a11y-gaps-heading = Nicht barrierefreie Inhalte
a11y-gaps-intro = Die folgenden Inhalte sind noch nicht vollständig barrierefrei:
a11y-gap-charts = Diagramme auf den Seiten mit Zahlen und zur Landschaft sind vom Server gezeichnete Bilder: Ein Screenreader kann sie nicht erkunden. Neben jedem Diagramm steht eine Tabelle mit denselben Zahlen und eine CSV-Datei.
a11y-gap-languages = Einträge, Neuigkeiten aus den Feeds der Initiativen und Hilfsangebote erscheinen in der Sprache ihrer Quelle, nicht immer in der Sprache der Seite; wo sie bekannt ist, ist die Sprache ausgezeichnet.
a11y-gap-member-texts = Texte von Mitgliedern und der Redaktion können Überschriften oder Linkbeschreibungen vermissen lassen, die wir nicht automatisch prüfen können.
a11y-gap-linked = Dokumente und Websites, auf die wir verlinken (Projektberichte, PDF-Dateien, Websites anderer Organisationen), liegen nicht in unserer Hand und sind möglicherweise nicht barrierefrei.
a11y-gap-audit = Eine vollständige Prüfung durch unabhängige Fachleute gibt es noch nicht; automatische Prüfungen finden nur einen Teil der möglichen Probleme.
a11y-preparation-heading = Erstellung dieser Erklärung
a11y-preparation-date = Diese Erklärung beruht auf den Prüfungen, die zuletzt am { $date } überprüft wurden.
a11y-preparation-method = Methode: Selbstbewertung. Jede Art von Seite wird in einem echten Browser mit axe-core gegen WCAG 2.1 A und AA geprüft, auf Bedienbarkeit allein mit der Tastatur (Sprunglink und Schnellausstieg zuerst), auf einem 320 Pixel breiten Bildschirm ohne seitliches Scrollen und ohne JavaScript.
a11y-feedback-heading = Feedback und Kontakt
a11y-feedback-text = Wenn Sie auf eine Barriere stoßen oder Inhalte in einem anderen Format brauchen, sagen Sie es uns, und wir antworten Ihnen:
a11y-feedback-link = das Kontaktformular
a11y-enforcement-heading = Durchsetzungsverfahren
a11y-enforcement-text = Wenn unsere Antwort Sie nicht zufriedenstellt, können Sie sich an die Stelle wenden, die in Ihrem Land die Barrierefreiheit von Websites überwacht. Die Europäische Kommission führt sie auf:
a11y-enforcement-link = Barrierefreiheit im Web in der EU
# Campaigns and their communication kits (issue #19)
nav-campaigns = Kampagnen
campaigns-title = Kampagnen
campaigns-heading = Kampagnen und Kommunikationspakete
campaigns-lead = Kernbotschaften, Beiträge zum Teilen und Grafiken für Aktionstage und für Sparks selbst, in jeder Sprache der Website. Kopieren, teilen oder das ganze Paket herunterladen.
campaigns-new = Kampagne anlegen
campaigns-none = Es gibt noch keine Kampagnen.
campaign-draft = Entwurf: Nur das Team sieht diese Kampagne.
campaign-languages = Auch auf:
campaign-kit-download = Das ganze Paket herunterladen (Zip: Grafiken, Beiträge, E-Mail und Pressetext)
campaign-edit = Diese Kampagne bearbeiten
campaign-messages = Kernbotschaften
campaign-hashtags = Hashtags
campaign-short-posts = Kurze Beiträge (X, Bluesky, Mastodon)
campaign-long-posts = Lange Beiträge (LinkedIn, Facebook, ein Blog)
campaign-email = E-Mail oder Newsletter
campaign-email-subject = Betreff:
campaign-press = Pressetext
campaign-initiatives = Initiativen dahinter
campaign-resources = Materialien
campaign-events = Veranstaltungen
campaign-cta = Handlungsaufruf
campaign-format-banner-1200x630 = Banner
campaign-format-banner-1080x1080 = Quadratischer Beitrag
campaign-format-story-1080x1920 = Story
campaign-format-wordmark = Wortmarke
campaign-graphic-alt = { $site }: { $slogan }. { $title }. { $hashtags }
campaign-form-title = Kampagne
campaign-form-submit = Als Entwurf speichern
campaign-publish = Veröffentlichen
campaign-form-intro = Schreiben Sie die Kampagne in jeder Sprache, die sie hat (eine leere Sprache entfällt). Speichern Sie als Entwurf, um hier ihre Grafiken und vor der Veröffentlichung ihre Seite zu sehen.
campaign-status-published = Veröffentlicht: Besucher sehen diese Kampagne.
campaign-status-draft = Entwurf: Bis zur Veröffentlichung sieht nur das Team diese Kampagne.
campaign-see-page = Die Seite der Kampagne ansehen
campaign-field-slug = Adresse (Slug)
campaign-field-pillars = Säulen
campaign-field-starts-on = Erster Tag
campaign-field-ends-on = Letzter Tag
campaign-field-hashtags = Hashtags
campaign-field-cta = Handlungsaufruf
campaign-field-source-url = Quelle
campaign-field-initiatives = Initiativen
campaign-field-resources = Materialien
campaign-field-events = Veranstaltungen
campaign-field-title = Titel
campaign-field-slogan = Slogan
campaign-field-summary = Zusammenfassung
campaign-field-messages = Kernbotschaften
campaign-field-cta-label = Text des Handlungsaufrufs
campaign-field-short-posts = Kurze Beiträge
campaign-field-long-posts = Lange Beiträge
campaign-field-email-subject = E-Mail-Betreff
campaign-field-email-body = E-Mail-Text
campaign-field-press = Pressetext
campaign-hint-slug = Kleinbuchstaben, Ziffern und Bindestriche: /campaigns/diese-adresse.
campaign-hint-hashtags = Durch Leerzeichen getrennt, jeweils mit # am Anfang.
campaign-hint-cta = Ein Pfad auf dieser Website, etwa /join, /help, /support oder /resources/ein-material.
campaign-hint-initiatives = Ein Slug pro Zeile, wie in /initiatives/slug.
campaign-hint-resources = Ein Slug pro Zeile, wie in /resources/slug.
campaign-hint-events = Ein Slug pro Zeile, wie in /events/slug.
campaign-hint-messages = Eine Botschaft pro Zeile.
campaign-hint-short-posts = Eine Leerzeile zwischen Beiträgen; höchstens 280 Zeichen mit den Hashtags.
campaign-hint-long-posts = Eine Zeile nur mit --- zwischen Beiträgen.
campaign-error-short-post = Dieser Beitrag ist mit den Hashtags zu lang (höchstens 280 Zeichen).
campaign-error-language = Schreiben Sie die Kampagne in mindestens einer Sprache.
campaign-error-slug = Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche (höchstens 80).
campaign-error-date = Geben Sie ein Datum als JJJJ-MM-TT ein (der letzte Tag nicht vor dem ersten).
campaign-error-hashtags = Jeder Hashtag beginnt mit # und enthält keine Leerzeichen.
campaign-error-cta = Geben Sie einen Pfad auf dieser Website an, beginnend mit /.
campaign-error-source = Geben Sie eine Adresse an, die mit https:// beginnt.
campaign-error-unknown = Unter { $slug } wurde nichts gefunden.
campaign-error-slug-taken = Eine andere Kampagne hat diese Adresse.
media-campaign-heading = Die Kampagne der Plattform
media-campaign-lead = Das Startpaket von Sparks: Kernbotschaften, Beiträge und Grafiken in jeder Sprache, erzeugt aus ihren Worten.
media-campaign-link = Die Startkampagne von Sparks öffnen

# Campaign proposals by members
campaigns-propose = Eine Kampagne vorschlagen
campaign-propose-title = Eine Kampagne vorschlagen
campaign-propose-submit = Zur Prüfung senden
campaign-propose-intro = Schreiben Sie die Kampagne und ihr Paket in jeder Sprache, die Sie können (eine leere Sprache entfällt). Eine Redakteurin oder ein Redakteur prüft sie mit ihren Grafiken, bevor sie veröffentlicht wird.
