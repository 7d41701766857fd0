## Sparks interface messages: English (the fallback for every other language).
## Messages whose id ends in -html contain markup and are inserted unescaped: they must
## never take arguments.

## Frame
skip-link = Skip to main content
quick-exit = Quick exit
quick-exit-hint = (leave this site now; on a keyboard, press Shift three times)
quick-exit-press-two = Shift, press 2 more times to exit.
quick-exit-press-one = Shift, press 1 more time to exit.
site-tagline = countering child sexual abuse together
nav-label = Main
nav-home = Home
nav-initiatives = Initiatives
nav-pillars = Pillars
nav-about = About
nav-help = Help
language-switcher = Language
footer-need-help = Need help now?
footer-helplines = Helplines and where to report abuse
footer-emergency = In an emergency call 112.
footer-about = About { $site }
footer-api = Open data API
footer-privacy = { $site } sets no cookies for visitors and loads nothing from other sites.
search-button = Search
breadcrumb-label = Breadcrumb

## Labels
label-status = Status
label-programme = Programme
label-pillars = Pillars
label-countries = Countries
label-website = Website
initiatives-count = { $count ->
    [one] { $n } initiative
   *[other] { $n } initiatives
}

## Home
home-title = Countering child sexual abuse in Europe
home-description = The initiatives that prevent child sexual abuse and exploitation, detect and investigate it, and support victims and survivors.
home-heading = Everything Europe does against child sexual abuse, in one place
home-lead = Sparks gathers the initiatives that prevent child sexual abuse and exploitation, detect and investigate it, and support victims and survivors: who does what, with which funding, where, and what they produced. New projects can build on earlier work instead of starting again.
home-search-label = { $count ->
    [one] Search the directory of { $n } initiative
   *[other] Search the directory of { $n } initiatives
}
home-pillars-heading = The three pillars
home-by-programme = By funding programme
home-by-country = By country
home-all-countries = All countries in the directory
home-latest = Latest additions
home-see-recent = See everything recently added

## Directory
directory-title = Initiatives
directory-description = Directory of initiatives against child sexual abuse and exploitation.
directory-heading-pillar = Initiatives: { $pillar }
directory-title-matching = { $title } matching “{ $q }”
directory-title-page = { $title }, page { $page }
directory-search-label = Search initiatives
directory-sort-label = Sort by
directory-apply = Apply
directory-filters-in-use = Filters in use
directory-remove-filter = remove this filter
directory-clear-all = Clear all filters
directory-no-results = No initiative matches. Try fewer filters or other words.
directory-results = Results
directory-as-json = This list as JSON
directory-filter-heading = Filter
directory-summary-all = { $count ->
    [one] { $n } initiative
   *[other] { $n } initiatives
}
directory-summary-match = { $count ->
    [one] { $n } initiative matches
   *[other] { $n } initiatives match
}
directory-summary-page = { $summary } · page { $page } of { $pages }
filter-active = { $facet }: { $value }
filter-text = Text
facet-pillar = Pillar
facet-status = Status
facet-programme = Programme
facet-kind = Kind of initiative
facet-country = Country
facet-year = Start year
facet-topic = Topic
facet-show-choices = { $count ->
    [one] Show { $n } choice
   *[other] Show { $n } choices
}
facet-selected = selected, follow to remove
sort-name = Name (A–Z)
sort-newest = Start date (newest first)
sort-recent = Recently added
pagination-label = Pages
pagination-previous = Previous page
pagination-next = Next page
pagination-page = Page

## Dates
date-range = { $start } – { $end }
date-from = from { $start }
date-until = until { $end }
date-month-year = { $month } { $year }
date-day-month-year = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-1-of = January
month-2-of = February
month-3-of = March
month-4-of = April
month-5-of = May
month-6-of = June
month-7-of = July
month-8-of = August
month-9-of = September
month-10-of = October
month-11-of = November
month-12-of = December

## Profile
profile-key-facts = Key facts
profile-as-source-says = As the source says:
profile-topics = Topics
profile-notes = Notes on the facts
profile-sources = Sources
profile-no-sources = No source is recorded yet.
profile-sources-per-fact = Sources per fact
profile-former-site = On the former Sparks in the Dark site
profile-as-json = This profile as JSON
fact-kind = Kind
fact-programme = Programme
fact-grant = Grant agreement
fact-start = Start
fact-end = End
fact-status = Status
fact-coordinator = Coordinator
fact-eu-contribution = EU contribution
field-funding_programme = Funding
field-start_date = Start
field-end_date = End
field-dates = Dates
field-grant_id = Grant agreement
field-eu_contribution_eur = EU contribution
field-coordinator = Coordinator
field-consortium = Partners
field-partners = Partners
field-cordis_url = CORDIS
field-website = Website
field-description = Description

## Pillars
pillar-prevention = Prevention
pillar-detection-investigation = Detection & investigation
pillar-victim-support = Support to victims and survivors
pillar-prevention-description = Stopping abuse before it happens: awareness and education, help for people worried about their own sexual thoughts, safer online services.
pillar-detection-investigation-description = Finding abuse and the people who commit it: reporting hotlines, tools for police and industry, identifying victims in child sexual abuse material.
pillar-victim-support-description = Helping children and adult survivors: child-friendly justice, Barnahus, therapy, removal of abuse material, survivors' voices.
pillar-all-initiatives = { $count ->
    [one] The { $n } initiative in this pillar
   *[other] All { $n } initiatives in this pillar
}
pillar-others = Other pillars
pillar-who-funds = Who funds this work
pillar-where = Where it happens
pillar-initiatives = Initiatives
pillar-see-all = { $count ->
    [one] See it in the directory
   *[other] See all { $n } in the directory
}

## Programmes
programme-isf-police = ISF-Police
programme-isec = ISEC
programme-horizon-2020 = Horizon 2020
programme-horizon-europe = Horizon Europe
programme-digital-europe = DIGITAL (Digital Europe)
programme-safer-internet = Safer Internet Programme
programme-cerv = CERV / Daphne
programme-eu4health = EU4Health
programme-erasmus-plus = Erasmus+
programme-other-eu = Other EU funding
programme-council-of-europe = Council of Europe
programme-international = International partnership
programme-national = National public funding
programme-private = Private / foundation
programme-unknown = Not recorded

## Statuses
status-ongoing = Ongoing
status-completed = Completed
status-planned = Planned
status-unknown = Status unknown

## Kinds
kind-project = Project
kind-project-series = Project series
kind-programme = Programme
kind-network = Network
kind-organisation = Organisation
kind-tool = Tool
kind-intervention = Intervention
kind-database = Database
kind-non-eu-initiative = Initiative outside EU funding

## About
about-title = About { $site }
about-description = What Sparks is, where it comes from and how its facts are kept.
about-heading = About { $site }
about-lead = Sparks is the shared map of the work against child sexual abuse and exploitation (CSAE) in Europe and beyond.
about-why = { $count ->
    [one] The European Union and many others fund projects that prevent abuse, detect and investigate it, and support victims and survivors. Their results are scattered over project sites that close when the funding ends, so new projects too often start again from nothing. Sparks keeps the whole landscape in one place: { $n } initiative so far, with its funding, partners, countries, pillars and the sources behind every fact.
   *[other] The European Union and many others fund projects that prevent abuse, detect and investigate it, and support victims and survivors. Their results are scattered over project sites that close when the funding ends, so new projects too often start again from nothing. Sparks keeps the whole landscape in one place: { $n } initiatives so far, each with its funding, partners, countries, pillars and the sources behind every fact.
}
about-origin-heading = Where Sparks comes from
about-origin-html = Sparks continues <a href="https://sparksinthedark.net/">Sparks in the Dark</a>, the site started by the ARICA project and administered by the Polish Platform for Homeland Security (PPHS).
about-facts-heading = How the facts are kept
about-facts = Every fact comes from a public source, which the initiative's page links to. Where a fact could not be confirmed, the field is left empty rather than guessed. Funding is shown both as the source words it and under a normalised programme, so that the directory can be filtered by it. Each record shows when its facts were last checked, and staff confirm or correct them in a review queue, oldest check first and help services first. A link checker visits every external address the site shows, from the server, and pages mark the links it found broken. An initiative is shown as ongoing only when its end date is still ahead or a source says so. Texts people write are checked against the field's terminology guidelines (the Luxembourg Guidelines).
about-words-heading = Words we use
about-words = We write "child sexual abuse material" (CSAM), never "child pornography": the images record the abuse of a child.
about-privacy-heading = Privacy
about-privacy = Visitors who do not log in get no cookies. No page loads anything from another site: no fonts, analytics, maps or embedded videos.
about-open-data-heading = Open data
about-open-data-html = Everything in the directory is available through the <a href="/api/v1/openapi.json">JSON API</a>.

## Help
help-title = Help and where to report
help-description = Child helplines, reporting hotlines and help for people worried about their own thoughts.
help-heading = Help and where to report
help-emergency-html = If a child is in immediate danger, call the emergency number <strong>112</strong> (anywhere in the EU).
help-children-heading = For children and young people
help-children-html = <strong>116 111</strong> is the child helpline number across the European Union: free, confidential, and answered by people trained to listen. Most countries also offer chat; see <a href="https://childhelplineinternational.org/helplines/">Child Helpline International's list of helplines</a>.
help-report-heading = To report child sexual abuse material online
help-report-html = Reporting hotlines take reports anonymously and work with police and service providers to have the material removed. Find your country's hotline in the <a href="https://www.inhope.org/EN/articles/report-to-a-hotline">INHOPE network</a>.
help-thoughts-heading = If you are worried about your own sexual thoughts about children
help-thoughts-html = Confidential help exists and it works. <a href="https://www.stopitnow.org.uk/">Stop It Now</a> and <a href="https://troubled-desire.com/">Troubled Desire</a> offer anonymous support in several languages.
help-leave-heading = Leaving this site quickly
help-leave = The "Quick exit" link at the top of every page takes you to a neutral site at once. With JavaScript on, pressing the Shift key three times in quick succession does the same, anywhere on the page, even while typing; so does the Escape key, except in a form field, so that nothing you are writing is lost. This site is then replaced in your browser's history.

## Errors
error-not-found-heading = Page not found
error-bad-request-heading = This address has a mistake in it
error-forbidden-heading = Not available
error-method-heading = Not allowed
error-generic-heading = Something went wrong
error-detail-not-found = There is nothing at this address. It may have moved or been removed.
error-detail-bad-parameter = The parameter “{ $name }” has a value that cannot be used: { $message }
error-detail-forbidden = This page is not available from here.
error-detail-method = This address does not accept that kind of request.
error-detail-too-large = The request is too large.
error-detail-server = Something went wrong on our side. Please try again in a moment.
error-detail-generic = The request could not be handled.
error-go-home-before = Where to go from here:
error-home-link = the home page
error-directory-link = the directory of initiatives
error-code = Error { $status }

## Content hub: shared
nav-resources = Resources
nav-news = News
nav-events = Events
nav-recommendations = Recommendations
nav-response = Figures
label-type = Type
label-published = Published
label-by = By
label-language = Language
label-source = Source
value-unknown = not known
home-hub-heading = More in Sparks
hub-resources = { $count ->
    [one] resource in the library
   *[other] resources in the library
}
hub-events = { $count ->
    [one] event in the calendar
   *[other] events in the calendar
}
hub-recommendations = { $count ->
    [one] key recommendation
   *[other] key recommendations
}
hub-figures = { $count ->
    [one] figure on the scale of abuse and the response
   *[other] figures on the scale of abuse and the response
}
hub-help-countries = { $count ->
    [one] country with helplines and hotlines
   *[other] countries with helplines and hotlines
}

## Resources
resources-title = Resource library
resources-description = Reports, toolkits, guidelines, training, datasets and campaigns from the initiatives against child sexual abuse and exploitation.
resources-heading = Resource library
resources-lead = Reports, deliverables, policy briefs, toolkits, training, datasets, campaigns and videos that initiatives produced, with the initiatives they come from.
resources-search-label = Search the library
resources-none = No resource matches these filters.
resources-count = { $count ->
    [one] { $n } resource
   *[other] { $n } resources
}
resources-count-match = { $count ->
    [one] { $n } resource matches
   *[other] { $n } resources match
}
resources-facet-type = Type
resources-facet-audience = Audience
resources-facet-language = Language
resources-facet-initiative = Initiative
resource-open = Open the resource
resource-from-initiatives = From these initiatives
resource-as-json = This resource as JSON
resource-type-report = Report
resource-type-deliverable = Project deliverable
resource-type-policy-brief = Policy brief
resource-type-guidelines = Guidelines
resource-type-toolkit = Toolkit or tool
resource-type-training = Training
resource-type-dataset = Dataset
resource-type-campaign = Campaign
resource-type-video = Video
resource-type-article = Article
audience-practitioners = Practitioners
audience-law-enforcement = Law enforcement
audience-policymakers = Policymakers
audience-researchers = Researchers
audience-parents = Parents and carers
audience-young-people = Young people
audience-public = General public

## News
news-title = News and campaigns
news-description = Announcements from Sparks and the initiatives against child sexual abuse and exploitation.
news-heading = News and campaigns
news-lead = Announcements from the Sparks community and the initiatives in it, each with its source.
news-none = No news yet.
news-posts = Posts
news-about-post = About this post
news-initiative = Initiative
news-from = From
feed-site-title = { $site }: what is new
feed-link = Atom feed
initiative-latest-news = Latest news
initiative-more-news = All news from this initiative

## Events
events-title = Events
events-description = Conferences, workshops, webinars, trainings and campaign days on preventing and countering child sexual abuse.
events-heading = Events
events-lead = Conferences, workshops, webinars, trainings and campaign days. Each event can be added to your calendar.
events-subscribe = Subscribe to the calendar (iCalendar)
events-upcoming = Upcoming
events-past = Past
events-none-upcoming = No upcoming event is listed yet.
events-none-past = No past event is listed.
event-when = When
event-where = Where
event-organisers = Organisers
event-online = online
event-add-to-calendar = Add to your calendar (.ics)
event-website = The event's website
event-type-conference = Conference
event-type-workshop = Workshop
event-type-webinar = Webinar
event-type-training = Training
event-type-campaign-day = Campaign day
event-type-meeting = Meeting

## Recommendations
recs-title = Key recommendations
recs-description = Policy recommendations for preventing child sexual abuse, detecting and investigating it, and supporting victims and survivors.
recs-heading = Key recommendations
recs-lead = What projects, networks and institutions recommend, by pillar. Each recommendation is a short paraphrase; follow the source for the full text.
recs-by-pillar = By pillar
recs-issuer = Issued by
recs-year = Year
recs-addressee = Addressed to
recs-initiatives = From initiatives
recs-resources = From resources
addressee-member-states = EU member states
addressee-all = Everyone concerned
addressee-eu = The European Union
addressee-law-enforcement = Law enforcement
addressee-industry = Industry and online services

## Figures (CSAE response)
response-title = The response in figures
response-description = Figures on child sexual abuse and the response to it, each with its publisher, year and source.
response-heading = The response in figures
response-lead = How much child sexual abuse is reported, and what the response achieves. Every figure names its publisher and links to its source.
response-caveat = Figures from different publishers count different things, and counting rules change over the years: read the notes before comparing.
response-all-csv = Download every figure (CSV)
response-series-csv = Download this series (CSV)
response-hatched = Hatched bars: the source gives a rounded figure or a lower bound. Years without a bar have no figure in the data.
response-table-caption = The same figures, with their sources
response-other-heading = Other figures
response-other-caption = Single figures, with their sources
response-col-year = Year
response-col-value = Value
response-col-publisher = Publisher (source)
response-col-note = Note
response-col-figure = Figure
response-no-figure = no figure in the data
chart-millions = { $n } million

## Media pack
media-title = Media pack
media-description = The Sparks wordmark and suggested posts to share.
media-heading = Media pack and communication kit
media-lead = Graphics and suggested posts for anyone who wants to spread the word about preventing and countering child sexual abuse and exploitation.
media-graphics = Graphics
media-wordmark-alt = The Sparks wordmark: a yellow spark and the word Sparks on dark blue
media-download-svg = Download the wordmark (SVG)
media-graphics-note = The wordmark is a vector graphic: it stays sharp at any size.
media-banner-social = Banner for social media posts
media-banner-square = Square image for social media
media-wordmark-png = The wordmark as an image
media-download-png = Download PNG
media-download-svg-file = Download SVG
media-posts = Suggested posts
media-posts-lead = Copy a post or open it in your network. The share links are plain links: nothing on this page loads from those sites.
media-copy = Copy the text
media-copied = Copied.
media-share-on = Share on:
media-email = Email
media-share-note = The Mastodon link opens mastodon.social; on another server, copy the text instead.
media-post-1 = Child sexual abuse can be prevented. Sparks brings together the projects working on prevention, detection and investigation, and support for victims and survivors, so that each can build on the others' work.
media-post-2 = Worried about your own sexual thoughts about children? Confidential help exists and it works. Sparks lists prevention helplines country by country.
media-post-3 = Reports, toolkits and training from EU-funded projects against child sexual abuse and exploitation, in one open library.

## Support
support-title = Support { $site }
support-description = How to support Sparks and what the money pays for.
support-heading = Support { $site }
support-lead = Sparks is crowdfunded and free to use. Support keeps it independent, online and up to date.
support-how = How to give
support-not-configured = No donation channel is configured on this site yet. Please check back later, or contact the people who run it.
support-pays-for = What the money pays for
support-pays-hosting = Hosting and maintenance of the site, without trackers or advertising.
support-pays-editing = Editors who check every fact against its source and keep the directory current.
support-pays-translation = Translation into more European languages.
support-supporters = Supporters
support-supporters-none = No supporter has asked to be listed yet.
support-other-ways = Other ways to help
support-media-pack = Share Sparks with the media pack.

## Help by country
help-by-country = By country
help-by-country-lead = Child helplines, hotlines to report child sexual abuse material, help for people worried about their own thoughts, and support for victims, country by country. Details change: each entry links to its source.
help-country-index = Countries
help-phone = Phone
help-hours = Hours
help-chat = Chat
help-yes = yes
help-no = no
help-organisation = Run by
help-report-online = Report online
help-website = Website
help-source-and-notes = Source and notes
help-checked-on = Checked on { $date }.
help-checked-unknown = Not checked yet.
helpline-kind-child-helpline = Child helpline
helpline-kind-reporting-hotline = Hotline to report child sexual abuse material
helpline-kind-prevention-helpline = Help for people worried about their own sexual thoughts
helpline-kind-victim-support = Support for victims and survivors
profile-outputs = Outputs in the resource library
profile-outputs-all = All its outputs in the library

## Search, landscape, related work (sparks-search)
nav-landscape = Landscape
search-site-label = Search { $site }
search-title = Search
search-title-q = Search: { $q }
search-description = Search the initiatives against child sexual abuse and exploitation: words, acronyms, phrases, in any interface language.
search-heading = Search
search-label = Search initiatives and everything else on Sparks
search-hint = Words, an acronym, or "a phrase in quotes". Small spelling mistakes are forgiven.
search-results-count = { $count ->
    [one] { $n } result
   *[other] { $n } results
}
search-partial = No result contains every word: these contain some of them.
search-corrected = “{ $word }” was read as “{ $terms }”.
search-unmatched = Found nowhere, so left out: { $list }.
search-truncated = The query is very long: only its first words were used.
search-no-results = Nothing matches these words.
search-tip-fewer-words = Try fewer or other words, or check the spelling.
search-tip-browse = Browse the directory of initiatives
search-tip-landscape = See where the work is on the landscape map
search-as-json = These results as JSON
facet-type = Type
doc-type-initiative = Initiatives
doc-type-resource = Resources
doc-type-news = News
doc-type-event = Events
doc-type-thread = Discussions
search-help-now-link = Find help in your country
search-help-now-text = Child helplines, hotlines to report abuse material, and support for victims and for people worried about their own thoughts, in every country: free and confidential. If a child is in immediate danger, call 112.
search-help-now-heading = Get help now
doc-type-helpline = Help services
landscape-title = Landscape map
landscape-description = Where the work and the EU money against child sexual abuse are, by country, pillar, programme and year, and where they are missing.
landscape-heading = The landscape: where the work is, and the gaps
landscape-lead = How many initiatives, and how much EU money, each country and pillar and each programme and year has. Hatched cells are gaps: no initiative at all. Every number leads to the initiatives behind it.
landscape-legend = Colour: how many initiatives. Hatched: none, a gap.
landscape-legend-gap = none (a gap)
landscape-legend-range = { $from }–{ $to }
landscape-gap = none (a gap)
landscape-country-heading = Countries and pillars
landscape-country-intro = Each EU member state and every other country an initiative names, as coordinator or partner. An initiative counts in every country and pillar it works in.
landscape-country-caption = Initiatives and summed EU contribution per country and pillar
landscape-country-corner = Country
landscape-year-heading = Programmes and start years
landscape-year-intro = Which funding programmes started initiatives in which years.
landscape-year-caption = Initiatives and summed EU contribution per start year and programme
landscape-year-corner = Start year
landscape-svg-title = Heat map: { $caption }
landscape-svg-desc = Darker cells hold more initiatives, up to { $max } in one cell; hatched cells hold none. The table gives every number.
landscape-cell-label = { $row }, { $column }: { $n }
landscape-undated = { $count ->
    [one] { $n } initiative has no start date and is not in the programme table.
   *[other] { $n } initiatives have no start date and are not in the programme table.
}
landscape-without-country = { $count ->
    [one] { $n } initiative names no country and is not in the country table.
   *[other] { $n } initiatives name no country and are not in the country table.
}
landscape-eur-note = EU contributions are summed whole for every cell an initiative is in: a column or row does not add up to a total.
landscape-csv = Download both tables as CSV
landscape-json = The same data as JSON
related-heading = Related work
related-none = No related initiative found yet.
related-as-json = Related work as JSON
related-same-acronym = same acronym
related-same-coordinator = same coordinator ({ $name })
related-shared-topics = shared topics: { $list }
related-shared-countries = shared countries: { $list }
related-similar-words = similar words: { $list }
similar-page-title = Does this exist already?
similar-description = Find the existing initiatives closest to one you plan, before you propose it.
similar-heading = Does this exist already?
similar-lead = Before proposing a new initiative, look at the closest existing ones: build on earlier work instead of starting again.
similar-acronym = Acronym
similar-title = Title
similar-summary = What it does
similar-button = Find similar initiatives
similar-results = The closest existing initiatives
similar-none = Nothing close was found: it may well be new.

## About: who runs Sparks, the pillars, taking part
about-who-heading = Who runs Sparks
about-who = Sparks is administered by the Polish Platform for Homeland Security (PPHS), which handled communication for the ARICA project and coordinates the 2PS project.
about-pillars-heading = The three pillars
about-pillars = Everything on Sparks is filed under the three pillars of the EU strategy for a more effective fight against child sexual abuse:
about-join-heading = How to take part
about-join-support = Support Sparks
about-join-support-text = the site is crowdfunded; see what the money pays for.
about-join-media = Media pack
about-join-media-text = logos, graphics and suggested posts to spread the word.
about-join-data = Open data
about-join-data-text = reuse the directory and everything else through the JSON API.
about-join-members = Member accounts, to propose initiatives, resources and events and to discuss them, are the next part of Sparks.

## Community, accounts and moderation (issue #4)
nav-community = Community
nav-account = Account
nav-admin = Admin
nav-login = Log in
nav-join = Join
nav-logout = Log out
account-nav-label = Your account
error-detail-too-many = Too many attempts in a short time. Please wait a little and try again.

form-error-summary = There is a problem
form-error-prefix = Error:
form-required = required
form-choose = Choose…
form-preview = Preview
form-preview-heading = Preview
form-error-missing = Enter this.
form-error-too-long = Use at most { $max } characters.
form-error-email = Enter an email address like name@example.org.
form-error-country = Enter a country name or its two-letter code, like PL.
form-error-password-short = Use at least 8 characters. A few words together make a strong password.
form-error-password-long = Use at most 256 characters.
form-error-password-common = This password is too common or too easy to guess. Choose another.
form-error-password-blank = The password cannot be only spaces.
form-error-password-site = The password cannot be the name of this site, not even with digits or punctuation around it. Choose another.
form-field-email = Email address
form-field-display-name = Display name
form-field-password = Password
form-field-organisation = Organisation
form-field-country = Country
form-field-expertise = Expertise
form-field-pillars = Pillars you work on
form-field-public = Show on my public profile
form-field-code = Code
form-field-current-password = Current password
form-field-new-password = New password
form-field-acronym = Acronym or short name
form-field-title = Title
form-field-summary = Summary
form-field-programme = Funding programme
form-field-website = Website
form-field-countries = Countries
form-field-start-date = Start date
form-field-end-date = End date
form-field-type = Type
form-field-url = Link
form-field-published = Publication date
form-field-language = Language
form-field-initiative = Initiative
form-field-start = Starts
form-field-end = Ends
form-field-timezone = Time zone
form-field-city = City
form-field-online = Held online
form-field-body = Text
form-field-source-url = Source
form-field-members-only = Only for logged-in members
form-field-pillar = Space
form-hint-display-name = Shown with your posts. Your email address is never shown.
form-hint-password = At least 8 characters; long passphrases are welcome.
form-hint-country = A country name or its two-letter code, like PL.
form-hint-expertise = What you work on, in a sentence or two.
form-hint-code = The 6-digit code from your authenticator app, or one of your recovery codes.
form-hint-public = Your display name is always shown with your posts; choose what else members and visitors may see.
form-field-profile-public = Show my profile page to everyone
form-hint-profile-public = Off unless you tick it. Off: nobody else can open a profile page of yours, and your name appears with your posts without a link. On: anyone, logged in or not, can open your profile page and see your name and the fields you chose above.
form-hint-markdown = Markdown: *emphasis*, **bold**, lists, links. Use Preview to check.
form-hint-programme = As the funder names it, like "Horizon Europe" or "ISF-P".
form-hint-countries = Two-letter codes or names, separated by commas.
form-hint-partial-date = A year, a month (2024-03) or a day (2024-03-15).
form-hint-language = A two-letter code, like en.
form-hint-initiative = The short name of the initiative it belongs to, if any.
form-hint-datetime = A day (2025-05-14) or a day and time (2025-05-14T09:30).
form-hint-timezone = Like Europe/Brussels.
form-hint-date = A day, like 2025-05-14.
form-hint-members-only = Visitors who are not logged in will not see this thread.

join-title = Join { $site }
join-intro = Members discuss with practitioners and researchers, propose initiatives, resources, events and news, and keep their own profile.
join-privacy = We keep only what you enter here. You can download or erase it at any time from your account.
join-submit = Create account
join-sent-title = Check your email
join-sent = If the address can receive email, a message with a link to confirm it is on its way. The link works for 48 hours.
verify-title = Confirm your email address
verify-intro = Confirm that this address is yours to finish creating your account.
verify-submit = Confirm
verify-done-title = Email address confirmed
verify-done = Thank you. You can now log in.
link-invalid-title = This link does not work
link-invalid = The link is wrong, was used already or has expired. You can ask for a new one.
login-title = Log in
login-submit = Log in
login-error = The email address or the password is not right.
login-unverified = Confirm your email address first: open the link we sent you.
code-title = Second step
code-intro = Editors and administrators confirm each login with a code from an authenticator app.
code-enrol = Your account has no authenticator yet. Add it to an app now with the address or the key below, then enter the code the app shows. Keep the recovery codes somewhere safe: each works once if you lose your phone.
code-enrol-label = Authenticator setup
code-recovery-label = Recovery codes:
code-submit = Continue
code-error = This code is not right or was used already. Enter the current code.
attempts-wait = { $count ->
    [one] Too many failed attempts from here. You can try again in { $n } second.
   *[other] Too many failed attempts from here. You can try again in { $n } seconds.
}
code-intro-member = You turned on a second factor for your account: enter the code from your authenticator app.
account-two-factor = Second factor
account-two-factor-intro = A code from an authenticator app at each login keeps your account safe even if someone learns your password.
account-two-factor-link = Set up or turn off the second factor
two-factor-title = Second factor
two-factor-intro = Add your account to an authenticator app, then enter your password and the code it shows. From then on, each login asks for a code, and you are logged out on every other device.
two-factor-submit = Turn on
two-factor-off-title = Turn off the second factor
two-factor-off-intro = To turn it off, enter your password and a current code (or a recovery code). You will be logged out on every other device.
two-factor-off-submit = Turn off
two-factor-on = The second factor is on: each login asks for a code from your authenticator app.
two-factor-staff = Editors and administrators must keep it on.
two-factor-enrolled = The second factor is on. Keep your recovery codes somewhere safe: you will not see them again.
two-factor-disabled = The second factor is off. Login asks only for your password.
reset-title = Forgotten password
reset-intro = Enter your email address and we will send a link to choose a new password.
reset-submit = Send link
reset-sent-title = Check your email
reset-sent = If an account uses this address, a link to choose a new password is on its way. It works for one hour.
reset-new-title = Choose a new password
reset-new-submit = Save password
reset-done-title = Password changed
reset-done = Your new password is saved and every session was logged out. You can log in now.

account-title = Your account
account-heading = Hello, { $name }
account-saved = Your changes are saved.
account-public-profile = See your public profile
account-profile-private = Your profile is private: nobody else can open it. To make it public, tick “Show my profile page to everyone” below.
account-profile = Profile
account-save = Save profile
account-propose = Propose content
account-submissions = Your proposals
account-no-submissions = You have not proposed anything yet.
account-password = Change password
account-password-save = Change password
account-password-wrong = This is not your current password.
account-data = Your data
account-export = Download everything we hold about you (JSON)
account-delete = Erase your account
account-sessions = Your devices
account-logout-everywhere-intro = Logged in on a shared or borrowed device, or left in a hurry? This ends every session of your account, on every device, this one too.
account-logout-everywhere = Log out everywhere
logout-everywhere-done-title = You are logged out everywhere
logout-everywhere-done = Every session of your account has ended, on every device, this one included. Anyone using a device you were logged in on now has to log in again.
delete-title = Erase your account
delete-intro = This erases your account, your sessions and your profile for good. Your posts stay in their discussions, shown as written by a former member. Enter your password to confirm.
delete-submit = Erase my account
delete-done-title = Your account is erased
delete-done = Your account and personal data have been erased. Thank you for taking part.
member-description = A member of the Sparks community.
member-nothing-public = This member shows only their name.

kind-name-initiative = Initiative
kind-name-resource = Resource
kind-name-event = Event
kind-name-news = News
submission-status-pending = waiting for moderation
submission-status-approved = published
submission-status-rejected = not published
role-member = Member
role-editor = Editor
role-admin = Administrator
submit-initiative-title = Propose an initiative
submit-resource-title = Propose a resource
submit-event-title = Propose an event
submit-news-title = Propose news
submit-edit-title = Edit { $title }
submit-intro-member = An editor reviews every proposal before it appears on the site. You will get an email when it is decided.
submit-intro-staff = As an editor, what you save here is published at once and recorded in the audit log.
submit-check-existing = Before you start: does it exist already? Check the directory with the link below the form.
submit-similar = Does this exist already? See similar initiatives
submit-publish = Publish
submit-send = Send for review
submit-unpublish = Unpublish
submit-exists = An entry with this name exists already. Propose an edit to it instead.
submit-thanks-title = Thank you
submit-thanks = Your proposal waits for an editor. You can follow it on your account page.

community-heading = Community
community-lead = Practitioners, researchers and policymakers share what works: ask, answer and discuss, per pillar or in the general space.
community-spaces = Spaces
community-all = All spaces
community-general = General
community-threads = Discussions
community-no-threads = No discussions here yet.
community-posts = { $count ->
    [one] { $n } post
   *[other] { $n } posts
}
community-members-only = members only
community-locked = locked
community-hidden = hidden
community-new-thread = Start a discussion
community-start = Start discussion
community-login-to-post = Log in to take part
community-former-member = Former member
community-locked-notice = This discussion is locked: no new replies.
community-lock = Lock discussion
community-unlock = Unlock discussion
community-pinned = pinned
community-thread-hidden-notice = This discussion is hidden: only editors and admins can see it.
community-hide-thread = Hide discussion
community-show-thread = Show discussion again
community-pin = Pin to the top
community-unpin = Unpin
community-move-to = Move to space
community-move = Move
community-report = Report
community-post = post
community-report-reason = Why should moderators look at this post?
community-report-send = Send report
community-hide-post = Hide
community-show-post = Show again
community-reply = Reply
community-reply-send = Send reply
community-error-space = Choose one of the spaces.

admin-heading = Administration
admin-create = Add content
admin-waiting = { $count ->
    [one] { $n } item waiting
   *[other] { $n } items waiting
}
moderation-heading = Moderation
moderation-pending = Proposals waiting
moderation-reports = Reported posts
moderation-none = Nothing is waiting.
moderation-edit-of = edit of
moderation-reason = Reason (required to reject; sent to the member)
moderation-reason-hint = Say what would make it acceptable.
moderation-reason-missing = Give a reason to reject: the member will read it.
moderation-approve = Approve and publish
moderation-reject = Reject
moderation-reported-post = Reported post
moderation-report-reason = Reason
moderation-hide = Hide the post
moderation-keep = Keep the post
users-heading = Users and roles
users-name = Name
users-initiatives = Initiatives
users-link = Link to an initiative
users-status = Status
users-role = Role
users-save = Save role
users-verified = confirmed
users-unverified = not confirmed
users-totp = second factor
audit-heading = Audit log
audit-when = When
audit-who = Who
audit-what = What
audit-changed = Fields changed
audit-restore = Restore
audit-restore-button = Restore this version

email-verify-subject = Confirm your email address for { $site }
email-verify-body = Welcome to { $site }. Open this link to confirm your email address (it works for 48 hours): { $link }  If you did not ask to join, ignore this message.
email-exists-subject = Someone tried to join { $site } with your address
email-exists-body = Someone tried to create a { $site } account with this email address, which already has one. If it was you, log in, or choose a new password here: { $link }  If not, ignore this message.
email-reset-subject = Choose a new { $site } password
email-reset-body = Open this link to choose a new password (it works for one hour): { $link }  If you did not ask for it, ignore this message; your password stays as it is.
email-approved-subject = Your proposal is published on Sparks
email-approved-body = Thank you: "{ $title }" is now on Sparks: { $link }
email-rejected-subject = Your proposal to Sparks was not published
email-rejected-body = An editor reviewed "{ $title }" and did not publish it. The reason: { $reason }

## Newsletter
footer-newsletter = Newsletter
newsletter-title = The { $site } newsletter
newsletter-intro = A digest of new initiatives, resources, events and news, about once a week.
newsletter-privacy = We keep only your address, and only once you confirm it. Every digest has a one-click unsubscribe link.
newsletter-submit = Subscribe
newsletter-sent-title = Check your email
newsletter-sent = If the address can receive email, a message with a link to confirm your subscription is on its way. Nothing else is sent before you confirm.
newsletter-confirm-title = Confirm your subscription
newsletter-confirm-submit = Confirm subscription
newsletter-confirmed-title = Subscription confirmed
newsletter-confirmed = Thank you. The next digest will come to this address.
newsletter-unsubscribe-title = Unsubscribe from the newsletter
newsletter-unsubscribe-submit = Unsubscribe
newsletter-unsubscribed-title = Unsubscribed
newsletter-unsubscribed = Your address has been removed. You will get no more digests.
email-newsletter-confirm-subject = Confirm your { $site } newsletter subscription
email-newsletter-confirm-body = Open this link to confirm that you want the { $site } digest (it works for 48 hours): { $link }  If you did not ask for it, ignore this message: nothing more will be sent.

## Feeds through the web
submit-feed-title = Propose a feed
submit-feed-intro = Does an initiative publish news as RSS, Atom or JSON Feed? Give its address: once an editor approves it, an editor checks its new items too, and then they appear in the news, credited to the initiative.
form-field-feed-url = Feed address
form-hint-initiative-slug = The initiative’s short name as in its address, like arica for /initiatives/arica.
form-hint-feed-url = The address of the RSS, Atom or JSON feed, starting with https://.
submit-feed-no-initiative = No initiative has this short name. Copy it from the initiative’s address.
submit-feed-bad-url = Enter a web address starting with https:// or http://.
feeds-heading = Feeds
feeds-none = No feeds yet.
feeds-status = Status
feeds-last-fetch = Last fetch
feeds-items = Items
feeds-error = Last error
feeds-untrusted = untrusted: items wait for an editor
feeds-trusted = trusted: items publish directly
feeds-trust-heading = Trust
feeds-trust = Trust this feed
feeds-distrust = Stop trusting this feed
feeds-trust-note = An untrusted feed’s items wait in the moderation queue. Trusting a feed publishes its later items directly; items already waiting stay in the queue.
submit-feed-taken = Another initiative has this feed already: a feed belongs to one initiative.
kind-name-feed = Feed
kind-name-feed-item = Feed item
moderation-from-feed = from the feed { $url }

## Recommendations through the web
submit-recommendation-title = Add a recommendation
kind-name-recommendation = Recommendation
form-field-rec-pillar = Pillar
form-field-text = Recommendation
form-field-issuer = Issued by
form-field-year = Year
form-field-addressee = Addressed to
form-field-initiatives = Initiatives
form-hint-initiatives = Short names of the initiatives it comes from, separated by commas.

## Media uploads by editors
media-admin-heading = Media uploads
media-admin-intro = Graphics for the media pack: PNG, JPEG, GIF or WebP, up to 8 MB. Every file is checked and re-encoded without its metadata, then offered as a download on the media pack page.
media-admin-file = Image file
media-admin-file-hint = PNG, JPEG, GIF or WebP, up to 8 MB and 8,000 pixels a side.
media-admin-label = What it shows
media-admin-submit = Upload
media-admin-disabled = Uploads are not set up on this server.
media-admin-list = Uploaded graphics
media-admin-none = Nothing uploaded yet.
media-admin-missing = Choose an image and say what it shows.
media-admin-refused = The file was refused: { $reason }.
media-pack-uploads = More graphics

## Figures and help services through the web
submit-statistic-title = Add a figure
submit-helpline-title = Add a help service
kind-name-statistic = Figure
kind-name-helpline = Help service
form-field-figure = What is counted
form-field-value = Value
form-field-publisher = Published by
form-field-primary-source = Original publication
form-field-note = Caveats
form-field-name = Name
form-field-phone = Phone
form-field-report-url = Where to report
form-field-hours = Opening hours
form-field-languages = Languages
form-field-notes = Notes
form-field-checked = Last checked
form-hint-stat-value = A whole number, or the value as the source words it.
form-hint-stat-year = A year, or a period like 2020-2022.
form-hint-country-code = The two-letter country code, like PL.
form-hint-languages = Two-letter codes, separated by commas.

## Link checking
link-reported-broken = link reported broken on { $date }
links-admin-heading = Broken links
links-admin-intro = External links the link checker found broken, by record: gone (404, 410), unreachable, or failing check after check. Nothing here is fetched from your browser; the server checks links on a schedule (and with "sparks links check --once").
links-admin-none = No broken links found.
links-admin-record = Record
links-admin-link = Link
links-admin-found = What the check found
links-admin-since = Reported broken on
links-admin-last-success = Last worked
links-admin-never = never
links-admin-edit = Edit
links-kind-initiative = Initiative
links-kind-resource = Resource
links-kind-news = News
links-kind-event = Event
links-kind-statistic = Figure
links-kind-recommendation = Recommendation
links-kind-helpline = Help service
## Terminology check (issue #16, point 7)
wording-found = “{ $written }”: the field’s terminology guidelines suggest “{ $preferred }”. { $reason }
wording-confirm = Keep this wording and send anyway
terms-heading = Terminology
terms-intro = Texts that people write (threads, replies, proposals, edits) are checked against this list on submit. The author sees the suggestion and may keep the wording; such texts are listed here for review.
terms-flags-heading = Texts kept with a listed term
terms-flags-none = No text is waiting for review.
terms-flag-text = Text
terms-flag-terms = Terms as written
terms-flag-when = When
terms-flag-reviewed = Reviewed
terms-list-heading = Discouraged terms
terms-remove = Remove
terms-add-heading = Add a term
terms-add = Add the term
form-field-term = Term
form-field-lang = Language
form-field-preferred = Preferred wording
form-field-reason = Why
form-hint-term = Whole words; end a word with * to match every word that starts with it (e.g. Kinderporno*).
terms-error-exists = This language lists that term already.
terms-error-term = Enter at least one word of two letters or more.
terms-error-long = At most 300 characters.

## Content warnings (issue #16, point 8)
content-warning = Content warning
content-warning-show = (show the content)
content-warning-none = No content warning
content-warning-abuse-described = descriptions of abuse
content-warning-survivor-testimony = survivor testimony
content-warning-imagery-described = abusive imagery described
content-warning-self-harm = self-harm or suicide
form-field-content-warning = Content warning
form-hint-content-warning = If the text may be hard to read, pages fold it behind this warning.
form-error-content-warning = Choose a warning from the list.
## Own posts: edit, delete, history, quote (issue #17)
community-post-deleted = This post was deleted by its author.
community-quote = Quote
community-edit = Edit
community-delete = Delete
community-history = Earlier versions
community-edited = edited { $when }
community-quote-wrote = { $name } wrote:
post-edit-title = Edit your post
post-edit-submit = Save changes
post-edit-intro = In the thread “{ $thread }”. Staff can see earlier versions.
post-back-to-thread = Back to the thread
post-delete-link = Delete this post
post-delete-title = Delete your post?
post-delete-submit = Delete post
post-delete-intro = The text is removed for good, with its earlier versions. Replies keep their place; the thread shows that the post was deleted.
post-history-heading = Versions of a post
post-history-back = Back to the post
post-history-current = Current version
post-history-earlier = Earlier versions
post-history-none = This post has not been edited.
post-history-written = Written by { $name } on { $when }
post-history-replaced = replaced by { $name } on { $when }
form-field-topics = Topics

## Newsletter choices (issue #17)
newsletter-pillars = Pillars
newsletter-topics = Topics
newsletter-choices-hint = Tick what you want to hear about. Nothing ticked: everything.
newsletter-manage-title = Choose what your digest holds
newsletter-manage-submit = Save choices
newsletter-manage-intro = The digest lists new items of the pillars and topics you tick; with nothing ticked it lists everything.
newsletter-manage-saved-title = Choices saved
newsletter-manage-saved = The next digest follows your new choices.
## Expert groups (issue #17)
groups-heading = Expert groups
groups-lead = Closed rooms for practitioners and researchers. Only a group's members read its discussions.
groups-none = There are no groups yet.
groups-admin-link = Manage groups
groups-admin-heading = Expert groups: management
groups-policy-request = Any confirmed member may ask to join
groups-policy-invitation = By invitation only
groups-status-member = You are a member
groups-status-pending = Your request is waiting
groups-role-member = member
groups-role-moderator = moderator
groups-members = Members
groups-leave = Leave this group
groups-pending = Your request to join is waiting for a moderator. You asked:
groups-ask-heading = Ask to join
groups-ask = Send my request
groups-statement-hint = A few sentences on who you are and why you want to join. The group's moderators read it.
groups-login-to-ask = Log in to ask to join
groups-queue-link = Requests and reports waiting
groups-queue-heading = Requests to join
groups-requests = Requests
groups-approve = Approve
groups-decline = Decline
groups-reason-hint = Needed to decline: the member receives it by email.
groups-error-reason = Say why you decline: the member receives this reason.
groups-keep-post = Keep the post
groups-new = New group
groups-create = Create the group
groups-public-page = The group's page
groups-edit = Name, description and who may join
groups-save = Save
groups-add-member = Add a member or name a moderator
groups-add = Add
groups-email-hint = The email address of a confirmed account.
groups-error-policy = Choose who may ask to join.
groups-error-name = The name needs letters or digits.
groups-error-taken = A group with this name exists already.
groups-error-no-account = No confirmed account has this address.
form-field-statement = Why you want to join
form-field-decline-reason = Reason (to decline)
form-field-group-description = Description
form-field-join-policy = Who may ask to join
form-field-group-role = Role in the group
email-group-approved-subject = Welcome to the group "{ $group }" on Sparks
email-group-approved-body = Your request to join "{ $group }" was approved. The group's discussions are here: { $link }
email-group-declined-subject = Your request to join "{ $group }" on Sparks
email-group-declined-body = A moderator of "{ $group }" declined your request to join. The reason: { $reason }  You can read about the group here: { $link }
## Every fact of a record, with its sources (issue 16)
form-field-grant-id = Grant agreement number
form-field-coordinator = Coordinator (organisation)
form-field-coordinator-country = Coordinator's country
form-field-partner-countries = Partners' countries
form-field-eu-contribution-eur = EU contribution (euros)
form-field-cordis-url = CORDIS page
form-field-sources = Sources
form-field-field-sources = Sources of single facts
form-field-sparks-urls = Pages on the former Sparks site
form-field-audience = Audience
form-field-organisers = Organisers
form-field-also-cited-at = Also cited at
form-field-chat = Chat
form-yes = Yes
form-no = No
form-hint-lines = One a line.
form-hint-lines-countries = One country a line: its name or two-letter code, like PL.
form-hint-lines-urls = One web address a line, starting with https:// or http://.
form-hint-field-sources = One fact a line: the fact's name, a space, then the address of its source (several addresses separated by spaces), like: start_date https://example.org/about
form-hint-euros = A whole number of euros, digits only, like 4974290.
form-hint-plain = Plain text: shown as written.
form-error-line-url = Line { $line }: “{ $value }” is not a web address (it must start with https:// or http://).
form-error-line-country = Line { $line }: “{ $value }” is not a country we know; write its name or two-letter code.
form-error-line-field-source = Line { $line }: “{ $value }” needs the fact's name, a space, then the address of its source.
form-error-whole-euros = Write a whole number of euros, digits only, like 4974290.
form-error-year = Write a year in digits, like 2024.
form-error-source-needed = A new initiative needs at least one source: the web address of a page that confirms its facts.
form-field-partners = Partner organisations
form-hint-lines-partners = One organisation a line, by its name; their countries go in the next field.
fact-partners = Partners
## Status from facts and checked dates (issue #16)
status-probably-ongoing = Probably ongoing
status-probably-ongoing-since = Probably ongoing (started { $year }, no end date recorded)
status-rule-note = "Ongoing" means the end date is still ahead or a source says so. Without an end date, an initiative that started within the last three years is shown as probably ongoing, an older one as status unknown.
fact-status-source = Status source
form-field-status = Status stated by a source
form-hint-status = Only when a source says so (for example the initiative's own site says it has ended). Otherwise the dates decide.
form-status-from-dates = None: decide from the dates
form-field-status-source = Source of the status
form-hint-status-source = The address of the page that states the status. Needed when a status is chosen.
checked-on = Checked on { $date }
checked-never = Not checked yet
review-heading = Review queue
review-lead = Records whose facts were checked longest ago come first: never-checked ones first of all, help services before the rest. "Still correct" records today's date and your name.
review-record = Record
review-type = Type
review-checked = Last checked
review-actions = Actions
review-checked-by = { $date } by { $name }
review-still-correct = Still correct
review-edit = Edit
review-empty = Nothing to review.
review-done = Marked as checked today.
review-type-initiative = Initiative
review-type-resource = Resource
review-type-helpline = Help service
review-type-statistic = Figure
review-type-recommendation = Recommendation
## Notifications (/notifications, the account menu, notification emails)
nav-notifications = Notifications
nav-notifications-unread = unread
notifications-title = Notifications
notifications-unread-count = { $count ->
    [one] { $n } unread notification
   *[other] { $n } unread notifications
}
notifications-read-all = Mark all as read
notifications-none = No notifications yet. Replies to your discussions, mentions of you and decisions on your proposals will be listed here.
notifications-unread = unread
notifications-mark-read = Mark as read
notifications-email-heading = Email
notifications-email-intro = For each kind, choose whether you get an email at once, one email a day listing them, or none. They are always listed on this page.
notifications-save = Save choices
notifications-saved = Your choices are saved.
notifications-read-done = Marked as read.
notifications-feed-heading = Private feed
notifications-feed-intro = A secret address of an Atom feed of your notifications, for a feed reader. Anyone who knows it can read your notifications: keep it to yourself, and make a new one if it got out (the old one stops working).
notifications-feed-url = Your feed's address
notifications-feed-once = Copy it now: for your safety it is not kept and cannot be shown again.
notifications-feed-exists = You have a private feed. Make a new address if you lost it or it got out; the old one stops working.
notifications-feed-create = Make a feed address
notifications-feed-regenerate = Make a new address
notifications-feed-revoke = Turn the feed off
notifications-feed-revoked = Your private feed is off: its address no longer works.
notifications-feed-title = Your Sparks notifications
notification-kind-reply = Reply
notification-kind-reply-hint = A reply in a discussion you started or posted in.
notification-kind-mention = Mention
notification-kind-mention-hint = Someone wrote @ and your name (spaces written as _) in a post.
notification-kind-decision = Decision on your proposal
notification-kind-decision-hint = An editor published your proposal or declined it.
notification-kind-followed = Something you follow
notification-kind-followed-hint = Something new in an initiative, pillar, topic, discussion or search you follow.
notification-kind-waiting = Waiting for review
notification-kind-waiting-hint = For editors and admins: a new proposal or report is waiting.
notification-delivery-immediate = Email at once
notification-delivery-digest = Daily digest
notification-delivery-off = No email
notification-email-subject = Sparks — { $kind }: { $title }
notification-email-body = { $kind }: { $title }
    { $link }
notification-email-digest-subject = { $count ->
    [one] Sparks: { $n } notification today
   *[other] Sparks: { $n } notifications today
}
notification-email-digest-intro = Your notifications since the last digest:
notification-email-stop = Stop emails of this kind with one click: { $stop }
notification-email-settings = Choose how you are told: { $settings }
notifications-stop-title = Stop these emails
notifications-stop-submit = Stop these emails
notifications-stop-intro = No more emails about: { $kind }. They stay listed on your notifications page.
notifications-stopped-title = Emails stopped
notifications-stopped = You will get no more emails about: { $kind }. You can turn them on again on your notifications page.
# Following (issue #17)
follow-start = Follow
follow-stop = Stop following
follow-following = You follow this.
follow-all = Everything you follow
follow-kind-initiative = Initiative
follow-kind-pillar = Pillar
follow-kind-country = Country
follow-kind-topic = Topic
follow-kind-thread = Discussion
follow-kind-search = Saved search
following-heading = What you follow
following-lead = New records, news, events, resources and replies in what you follow appear in your notifications.
following-none = You follow nothing yet. Use the Follow button on an initiative, a pillar, a discussion, or a filtered list or search.
account-following-link = What you follow

## Recommendation uptake tracker (issue #19, section 2)
recs-back = All recommendations
recs-pillar = Pillar
recs-filter = Filter the recommendations
recs-filter-any = Any
recs-filter-apply = Show
recs-filter-clear = Clear the filters
recs-filter-pillar = Pillar
recs-filter-issuer = Issued by
recs-filter-addressee = Addressed to
recs-filter-country = Country
recs-filter-status = Uptake
recs-none = No recommendation matches these filters.
uptake-tracker-link = Uptake tracker
uptake-csv = Uptake as CSV
uptake-heading = Uptake
uptake-caption = Where each addressee stands with this recommendation
uptake-addressee = Addressee
uptake-status = Status
uptake-date = Date
uptake-note = Note
uptake-timeline = Timeline
uptake-no-history = Nobody has recorded any uptake yet: the status is unknown.
uptake-recorded-by = Recorded by { $name } on { $when }
uptake-record-heading = Record an update
uptake-record = Send the update
uptake-record-staff = As an editor, your update is published at once and kept in the history.
uptake-record-member = Your update, with its evidence, goes to an editor before it is published.
uptake-log-in = Log in to propose an update with its evidence
uptake-proposed = Thank you: your update waits for an editor.
uptake-field-addressee = Addressee
uptake-field-country = Member state (two-letter code)
uptake-field-status = Uptake status
uptake-field-date = Date of the evidence
uptake-field-note = Short note
uptake-field-source-url = Source of the evidence
uptake-hint-country = Only for member states, such as PL; leave empty for all member states.
uptake-hint-date = The day the status was so, like 2025-03-31. Empty means today.
uptake-hint-note = What was done, in a sentence or two.
uptake-hint-source = Required unless the status is “Not started” or “Unknown”: a page that shows it.
uptake-error-source = Give the address of a page that shows this status.
uptake-error-future = The date cannot be in the future.
uptake-error-date = Write a day like 2025-03-31.
uptake-error-country = Write a two-letter country code, like PL.
uptake-error-country-kind = Only member states are addressed by country: choose “Member states” or leave the country empty.
uptake-error-note = Use at most 1000 characters.
uptake-error-url = Write a web address that starts with https:// or http://.
uptake-status-not-started = Not started
uptake-status-in-progress = In progress
uptake-status-implemented = Implemented
uptake-status-partly-implemented = Partly implemented
uptake-status-rejected = Rejected
uptake-status-unknown = Unknown
uptake-addressee-eu = EU institutions
uptake-addressee-member-states = Member states
uptake-addressee-industry = Platforms and industry
uptake-addressee-practitioners = Practitioners
uptake-addressee-civil-society = Civil society
uptake-addressee-all = Everyone concerned
uptake-addressee-country = Member state: { $country }
uptake-tracker-title = Recommendation uptake tracker
uptake-tracker-heading = Who acted on the recommendations
uptake-tracker-lead = Each row is a key recommendation, each column one of its addressees, member states one by one. Each cell shows the latest recorded status, in colour and with a sign.
uptake-tracker-caption = Uptake status per recommendation and addressee
uptake-legend = Legend
uptake-not-addressed = Not addressed
uptake-recommendation = Recommendation
uptake-totals = Totals
uptake-totals-caption = Number of recommendations per status and addressee
uptake-total = Total
uptake-produced-by = Produced by
uptake-acted-on-by = Acted on by
uptake-links-heading = Initiatives and resources behind it
uptake-link = Link
uptake-unlink = Remove
uptake-field-relation = Relation
uptake-field-kind = Type
uptake-field-target = Slug of the initiative or resource
uptake-hint-target = The last part of its address, like arica.
uptake-error-target = No initiative or resource of this type has this slug.
uptake-initiative-produced-by = Recommendations it produced
uptake-initiative-acted-on-by = Recommendations it acts on
kind-name-uptake = Uptake update
## Site: navigation, compact header, contact, privacy, accessibility (issue #19, section 3)
header-menu = Menu
header-search-link = Search
footer-nav-label = About this site
footer-campaigns = Campaigns
footer-media-pack = Media pack
footer-support = Support us
footer-join = Join the community
footer-contact = Contact
footer-privacy-notice = Privacy
footer-accessibility = Accessibility
home-invite-heading = Take part
home-invite-join-text = Join the community: propose initiatives, resources and events, and discuss the work against child sexual abuse with people in the field.
home-invite-join = Join { $site }
home-invite-support-text = { $site } is free to use and independent. Support keeps it online, checked and translated.
home-invite-support = Support { $site }
duration-hours = { $count ->
    [one] { $n } hour
   *[other] { $n } hours
}
duration-minutes = { $count ->
    [one] { $n } minute
   *[other] { $n } minutes
}
contact-title = Contact us
contact-submit = Send the message
contact-intro = Write to the people who run { $site }: a question, a correction, a barrier you met, a proposal.
contact-help-first = If you or a child need help now, do not wait for an answer: the help page lists emergency numbers and helplines.
contact-email-hint = We need it to answer you, and use it for nothing else.
contact-privacy-link = How your message is handled
contact-sent-title = Message sent
contact-sent = Thank you. Your message is on its way to the people who run the site; they will answer you at the address you gave.
contact-back-home = Back to the home page
form-field-subject = Subject
form-field-message = Message
privacy-title = Privacy notice
privacy-description = What { $site } stores about you, why, for how long, and how to use your rights.
privacy-lead = This notice says what { $site } stores, why and for how long, and how to use your rights. It is generated from the settings this site runs with, so the durations below are the ones it applies.
privacy-no-tracking = Visitors who do not log in get no cookie, and no page loads anything from another site: no analytics, fonts, maps or embedded videos.
privacy-data-heading = What is stored, why, and for how long
privacy-why = Why
privacy-how-long = For how long
privacy-visitors-what = Visitors who do not log in
privacy-visitors-why = Nothing is stored about you beyond the server log (below): pages are the same for everyone, and a language choice travels in the address, not in a cookie.
privacy-visitors-how-long = Nothing to keep.
privacy-logs-what = Server logs: each request's method, path (never the search terms or other query text), status and duration; for security events (logins, refused forms, rate limits) the network address
privacy-logs-why = To run the site, find faults and stop abuse.
privacy-logs-how-long = As long as the operators keep their server logs; the software itself never writes passwords, tokens or session ids into them.
privacy-account-what = Members' accounts: email address, display name, password (only as an argon2id hash), organisation, country, expertise, pillars, which of these your profile shows, and a second factor if you turn one on (sealed with the site's key)
privacy-account-why = To run your account and show the profile you choose to make public; the email address is never shown on a page.
privacy-account-how-long = Until you delete your account.
privacy-session-what = Sessions: one cookie holding a random id; the database keeps only its hash
privacy-session-why = To keep you logged in. The cookie is set only when you log in.
privacy-session-how-long = A session ends after { $idle } without use ({ $staff } for editors and admins), { $absolute } after login at the latest, and when you log out or change your password.
privacy-tokens-what = Links sent by email (confirming an address, choosing a new password, confirming the newsletter); only their hash is stored
privacy-tokens-why = To check that an address is yours.
privacy-tokens-how-long = Joining: { $join }; new password: { $reset }; newsletter: { $newsletter }. Then the link stops working.
privacy-posts-what = What you write: discussions, replies, reports, proposals, and earlier versions of edited posts
privacy-posts-why = The community's discussions, and moderation of what is published.
privacy-posts-how-long = Until you delete a post. When you delete your account, your posts stay without your name.
privacy-notifications-what = Notifications, what you follow, your email choices and the language of your emails
privacy-notifications-why = To tell you about replies, mentions and new records you chose to follow.
privacy-notifications-how-long = Until you delete your account; each email has a link to stop it.
privacy-newsletter-what = Newsletter subscribers: email address, chosen pillars and topics, and when the subscription was confirmed
privacy-newsletter-why = To send the digest of what is new.
privacy-newsletter-digest-every = On this site it goes out every { $every }.
privacy-newsletter-digest-manual = On this site the operators send it by hand.
privacy-newsletter-how-long = Until you unsubscribe, with the one-click link in every digest; nothing is sent before you confirm.
privacy-contact-what = Messages sent with the contact form: name, reply address, subject and text
privacy-contact-why = To answer you.
privacy-contact-how-long = The site does not keep them: each message is mailed to the operators and leaves the mail queue once sent.
privacy-mail-smtp = This site hands mail to the operators' mail server.
privacy-mail-outbox = This site has no mail server configured: mail is written as files into the server's outbox folder, for the operators.
privacy-mail-what = Emails waiting to be sent: address, subject and text
privacy-mail-why = To deliver the emails above, and retry when the mail server is down.
privacy-mail-how-long = Deleted once sent; after { $attempts } failed attempts an email is kept, marked as failed, for the operators to check.
privacy-uploads-what = Images uploaded by editors for the media pack, re-encoded without their metadata (location, camera, author).
privacy-uploads-bucket = They are kept in the operators' S3-compatible storage.
privacy-uploads-local = They are kept in the server's data folder.
privacy-uploads-why = To offer them for download.
privacy-uploads-how-long = Until an editor removes them.
privacy-audit-what = The audit log: who changed which record, when, and the earlier version
privacy-audit-why = So that every published fact can be traced and restored.
privacy-audit-how-long = As long as the record; an erased account's entries no longer name it.
privacy-backups-what = Backups: copies of the whole database and the uploads
privacy-backups-why = To restore the site after a failure.
privacy-backups-how-long = As long as the operators keep each copy; data you erased leaves the backups as older copies are replaced.
privacy-rights-heading = Your rights and how to use them
privacy-rights-intro = Under the General Data Protection Regulation (GDPR) you may see, correct and erase what is held about you, and object to its use. Most of it you can do yourself:
privacy-right-access = See everything held about your account, as a file:
privacy-right-access-link = export your data
privacy-right-rectify = Correct your details and choose what your profile shows:
privacy-right-rectify-link = your account
privacy-right-erase = Erase your account:
privacy-right-erase-link = delete your account
privacy-right-unsubscribe = Stop the newsletter with the link in any digest, or here:
privacy-right-unsubscribe-link = the newsletter
privacy-right-notifications = Stop notification emails:
privacy-right-notifications-link = your notifications
privacy-right-other = For anything else (a question about your data, an objection, a subscription you cannot reach), write to us:
privacy-right-other-link = contact
privacy-right-complain = You may also complain to the data protection authority of your country.
a11y-title = Accessibility statement
a11y-description = How accessible { $site } is, what is not yet, and how to tell us about a barrier.
a11y-lead = { $site } wants its website to be usable by everyone, in line with Directive (EU) 2016/2102. This statement applies to { $address }.
a11y-status-heading = Compliance status
a11y-status-partial = This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) 2.1, level AA, because of the gaps listed below.
a11y-gaps-heading = Content that is not accessible
a11y-gaps-intro = The following content is not yet fully accessible:
a11y-gap-charts = Charts on the figures and landscape pages are images drawn by the server: a screen reader cannot explore them. Each chart has a table with the same numbers and a CSV file beside it.
a11y-gap-languages = Records, news from initiatives' feeds and help services are shown in the language of their source, not always in the language of the page; they are marked with their language where it is known.
a11y-gap-member-texts = Texts written by members and editors may lack headings or descriptions of links that we cannot check automatically.
a11y-gap-linked = Documents and websites we link to (project reports, PDF files, other organisations' sites) are not under our control and may not be accessible.
a11y-gap-audit = No complete audit by an independent expert has been made yet; automated checks find only part of the possible problems.
a11y-preparation-heading = Preparation of this statement
a11y-preparation-date = This statement was prepared from the checks last reviewed on { $date }.
a11y-preparation-method = Method: a self-assessment. Every kind of page is checked in a real browser with axe-core against WCAG 2.1 A and AA, for use with the keyboard alone (skip link and quick exit first), on a screen 320 pixels wide without sideways scrolling, and without JavaScript.
a11y-feedback-heading = Feedback and contact
a11y-feedback-text = If you meet a barrier, or need content in another format, tell us and we will answer you:
a11y-feedback-link = the contact form
a11y-enforcement-heading = Enforcement procedure
a11y-enforcement-text = If our answer does not satisfy you, you can turn to the body that monitors web accessibility in your country. The European Commission lists them:
a11y-enforcement-link = web accessibility in the EU
# Campaigns and their communication kits (issue #19)
nav-campaigns = Campaigns
campaigns-title = Campaigns
campaigns-heading = Campaigns and communication kits
campaigns-lead = Key messages, posts to share and graphics for awareness days and for Sparks itself, in every language of the site. Copy them, share them, or download a whole kit.
campaigns-new = Create a campaign
campaigns-none = There are no campaigns yet.
campaign-draft = Draft: only staff see this campaign.
campaign-languages = Also in:
campaign-kit-download = Download the whole kit (zip: graphics, posts, email and press text)
campaign-edit = Edit this campaign
campaign-messages = Key messages
campaign-hashtags = Hashtags
campaign-short-posts = Short posts (X, Bluesky, Mastodon)
campaign-long-posts = Long posts (LinkedIn, Facebook, a blog)
campaign-email = Email or newsletter
campaign-email-subject = Subject:
campaign-press = Press text
campaign-initiatives = Initiatives behind it
campaign-resources = Resources
campaign-events = Events
campaign-cta = Call to action
campaign-format-banner-1200x630 = Banner
campaign-format-banner-1080x1080 = Square post
campaign-format-story-1080x1920 = Story
campaign-format-wordmark = Wordmark
campaign-graphic-alt = { $site }: { $slogan }. { $title }. { $hashtags }
campaign-form-title = Campaign
campaign-form-submit = Save as draft
campaign-publish = Publish
campaign-form-intro = Write the campaign in each language it has (leave a language empty to leave it out). Save as a draft to see its graphics here and its page before publishing.
campaign-status-published = Published: visitors see this campaign.
campaign-status-draft = Draft: only staff see this campaign until it is published.
campaign-see-page = See the campaign's page
campaign-field-slug = Address (slug)
campaign-field-pillars = Pillars
campaign-field-starts-on = First day
campaign-field-ends-on = Last day
campaign-field-hashtags = Hashtags
campaign-field-cta = Call to action
campaign-field-source-url = Source
campaign-field-initiatives = Initiatives
campaign-field-resources = Resources
campaign-field-events = Events
campaign-field-title = Title
campaign-field-slogan = Slogan
campaign-field-summary = Summary
campaign-field-messages = Key messages
campaign-field-cta-label = Call to action text
campaign-field-short-posts = Short posts
campaign-field-long-posts = Long posts
campaign-field-email-subject = Email subject
campaign-field-email-body = Email text
campaign-field-press = Press text
campaign-hint-slug = Lowercase letters, digits and hyphens: /campaigns/this-address.
campaign-hint-hashtags = Separated by spaces, each starting with #.
campaign-hint-cta = A path on this site, such as /join, /help, /support or /resources/a-resource.
campaign-hint-initiatives = One slug a line, as in /initiatives/slug.
campaign-hint-resources = One slug a line, as in /resources/slug.
campaign-hint-events = One slug a line, as in /events/slug.
campaign-hint-messages = One message a line.
campaign-hint-short-posts = A blank line between posts; at most 280 characters each with the hashtags.
campaign-hint-long-posts = A line with only --- between posts.
campaign-error-short-post = This post is too long with the hashtags (280 characters at most).
campaign-error-language = Write the campaign in at least one language.
campaign-error-slug = Use lowercase letters, digits and hyphens (at most 80).
campaign-error-date = Enter a date as YYYY-MM-DD (the last day not before the first).
campaign-error-hashtags = Each hashtag starts with # and has no spaces.
campaign-error-cta = Enter a path on this site, starting with /.
campaign-error-source = Enter an address starting with https://.
campaign-error-unknown = Nothing is found at { $slug }.
campaign-error-slug-taken = Another campaign has this address.
media-campaign-heading = The platform's own campaign
media-campaign-lead = The launch kit of Sparks: its key messages, posts and graphics in every language, generated from its words.
media-campaign-link = Open the Sparks launch campaign

# Campaign proposals by members
campaigns-propose = Propose a campaign
campaign-propose-title = Propose a campaign
campaign-propose-submit = Send for review
campaign-propose-intro = Write the campaign and its kit in each language you can (leave a language empty to leave it out). An editor reviews it, with its generated graphics, before it is published.
