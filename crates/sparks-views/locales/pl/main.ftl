## Sparks interface messages: Polish.
## Messages whose id ends in -html contain markup and are inserted unescaped: they must
## never take arguments.

## Frame
skip-link = Przejdź do treści głównej
quick-exit = Szybkie wyjście
quick-exit-hint = (natychmiastowe opuszczenie tej strony; z klawiatury: naciśnij trzy razy Shift)
quick-exit-press-two = Shift: naciśnij jeszcze 2 razy, aby wyjść.
quick-exit-press-one = Shift: naciśnij jeszcze raz, aby wyjść.
site-tagline = razem przeciw wykorzystywaniu seksualnemu dzieci
nav-label = Nawigacja główna
nav-home = Strona główna
nav-initiatives = Inicjatywy
nav-pillars = Filary
nav-about = O serwisie
nav-help = Pomoc
language-switcher = Język
footer-need-help = Potrzebna pomoc teraz?
footer-helplines = Telefony zaufania i miejsca zgłaszania wykorzystywania
footer-emergency = W nagłej sytuacji: numer alarmowy 112.
footer-about = O serwisie { $site }
footer-api = API otwartych danych
footer-privacy = { $site } nie zapisuje plików cookie u odwiedzających i nie wczytuje niczego z innych stron.
search-button = Szukaj
breadcrumb-label = Ścieżka nawigacji

## Labels
label-status = Status
label-programme = Program
label-pillars = Filary
label-countries = Kraje
label-website = Strona internetowa
initiatives-count = { $count ->
    [one] { $n } inicjatywa
    [few] { $n } inicjatywy
    [many] { $n } inicjatyw
   *[other] { $n } inicjatywy
}

## Home
home-title = Przeciwdziałanie wykorzystywaniu seksualnemu dzieci w Europie
home-description = Inicjatywy, które zapobiegają wykorzystywaniu seksualnemu i wyzyskowi seksualnemu dzieci, wykrywają je i prowadzą dochodzenia oraz wspierają ofiary i osoby, które przeżyły.
home-heading = Wszystko, co Europa robi przeciw wykorzystywaniu seksualnemu dzieci, w jednym miejscu
home-lead = Sparks gromadzi inicjatywy, które zapobiegają wykorzystywaniu seksualnemu i wyzyskowi seksualnemu dzieci, wykrywają je i prowadzą dochodzenia oraz wspierają ofiary i osoby, które przeżyły: kto co robi, z jakim finansowaniem, gdzie i z jakimi rezultatami. Dzięki temu nowe projekty mogą opierać się na wcześniejszych pracach, zamiast zaczynać od nowa.
home-search-label = { $count ->
    [one] Przeszukaj katalog ({ $n } inicjatywa)
    [few] Przeszukaj katalog ({ $n } inicjatywy)
    [many] Przeszukaj katalog ({ $n } inicjatyw)
   *[other] Przeszukaj katalog ({ $n } inicjatywy)
}
home-pillars-heading = Trzy filary
home-by-programme = Według programu finansowania
home-by-country = Według kraju
home-all-countries = Wszystkie kraje w katalogu
home-latest = Ostatnio dodane
home-see-recent = Zobacz wszystkie ostatnio dodane

## Directory
directory-title = Inicjatywy
directory-description = Katalog inicjatyw przeciw wykorzystywaniu seksualnemu i wyzyskowi seksualnemu dzieci.
directory-heading-pillar = Inicjatywy: { $pillar }
directory-title-matching = { $title } – wyszukiwanie: „{ $q }”
directory-title-page = { $title }, strona { $page }
directory-search-label = Szukaj inicjatyw
directory-sort-label = Sortuj według
directory-apply = Zastosuj
directory-filters-in-use = Zastosowane filtry
directory-remove-filter = usuń ten filtr
directory-clear-all = Wyczyść wszystkie filtry
directory-no-results = Brak pasujących inicjatyw. Warto spróbować z mniejszą liczbą filtrów lub innymi słowami.
directory-results = Wyniki
directory-as-json = Ta lista w formacie JSON
directory-filter-heading = Filtry
directory-summary-all = { $count ->
    [one] { $n } inicjatywa
    [few] { $n } inicjatywy
    [many] { $n } inicjatyw
   *[other] { $n } inicjatywy
}
directory-summary-match = { $count ->
    [one] { $n } pasująca inicjatywa
    [few] { $n } pasujące inicjatywy
    [many] { $n } pasujących inicjatyw
   *[other] { $n } pasującej inicjatywy
}
directory-summary-page = { $summary } · strona { $page } z { $pages }
filter-active = { $facet }: { $value }
filter-text = Tekst
facet-pillar = Filar
facet-status = Status
facet-programme = Program
facet-kind = Rodzaj inicjatywy
facet-country = Kraj
facet-year = Rok rozpoczęcia
facet-topic = Temat
facet-show-choices = { $count ->
    [one] Pokaż { $n } opcję
    [few] Pokaż { $n } opcje
    [many] Pokaż { $n } opcji
   *[other] Pokaż { $n } opcji
}
facet-selected = wybrane, link usuwa ten wybór
sort-name = Nazwa (A–Z)
sort-newest = Data rozpoczęcia (od najnowszych)
sort-recent = Ostatnio dodane
pagination-label = Strony
pagination-previous = Poprzednia strona
pagination-next = Następna strona
pagination-page = Strona

## Dates
date-range = { $start } – { $end }
date-from = początek: { $start }
date-until = koniec: { $end }
date-month-year = { $month } { $year }
date-day-month-year = { $day } { $month } { $year }
month-1 = styczeń
month-2 = luty
month-3 = marzec
month-4 = kwiecień
month-5 = maj
month-6 = czerwiec
month-7 = lipiec
month-8 = sierpień
month-9 = wrzesień
month-10 = październik
month-11 = listopad
month-12 = grudzień
month-1-of = stycznia
month-2-of = lutego
month-3-of = marca
month-4-of = kwietnia
month-5-of = maja
month-6-of = czerwca
month-7-of = lipca
month-8-of = sierpnia
month-9-of = września
month-10-of = października
month-11-of = listopada
month-12-of = grudnia

## Profile
profile-key-facts = Najważniejsze informacje
profile-as-source-says = W brzmieniu źródła:
profile-topics = Tematy
profile-notes = Uwagi do informacji
profile-sources = Źródła
profile-no-sources = Nie odnotowano jeszcze żadnego źródła.
profile-sources-per-fact = Źródła poszczególnych informacji
profile-former-site = Na dawnej stronie Sparks in the Dark
profile-as-json = Ten profil w formacie JSON
fact-kind = Rodzaj
fact-programme = Program
fact-grant = Umowa o udzielenie dotacji
fact-start = Początek
fact-end = Koniec
fact-status = Status
fact-coordinator = Koordynator
fact-eu-contribution = Wkład UE
field-funding_programme = Finansowanie
field-start_date = Początek
field-end_date = Koniec
field-dates = Daty
field-grant_id = Umowa o udzielenie dotacji
field-eu_contribution_eur = Wkład UE
field-coordinator = Koordynator
field-consortium = Partnerzy
field-partners = Partnerzy
field-cordis_url = CORDIS
field-website = Strona internetowa
field-description = Opis

## Pillars
pillar-prevention = Zapobieganie
pillar-detection-investigation = Wykrywanie i dochodzenie
pillar-victim-support = Wsparcie ofiar i osób, które przeżyły
pillar-prevention-description = Powstrzymanie wykorzystywania, zanim do niego dojdzie: podnoszenie świadomości i edukacja, pomoc dla osób zaniepokojonych własnymi myślami seksualnymi, bezpieczniejsze usługi internetowe.
pillar-detection-investigation-description = Wykrywanie wykorzystywania i jego sprawców: punkty przyjmowania zgłoszeń, narzędzia dla policji i branży, identyfikacja ofiar w materiałach przedstawiających seksualne wykorzystywanie dzieci.
pillar-victim-support-description = Pomoc dzieciom i dorosłym, którzy przeżyli wykorzystywanie: wymiar sprawiedliwości przyjazny dzieciom, Barnahus, terapia, usuwanie materiałów przedstawiających wykorzystywanie, głos osób, które przeżyły.
pillar-all-initiatives = { $count ->
    [one] { $n } inicjatywa w tym filarze
    [few] Wszystkie inicjatywy w tym filarze ({ $n })
    [many] Wszystkie inicjatywy w tym filarze ({ $n })
   *[other] Wszystkie inicjatywy w tym filarze ({ $n })
}
pillar-others = Pozostałe filary
pillar-who-funds = Kto finansuje te działania
pillar-where = Gdzie są prowadzone
pillar-initiatives = Inicjatywy
pillar-see-all = { $count ->
    [one] Zobacz w katalogu
    [few] Zobacz wszystkie ({ $n }) w katalogu
    [many] Zobacz wszystkie ({ $n }) w katalogu
   *[other] Zobacz wszystkie ({ $n }) w katalogu
}

## Programmes
programme-isf-police = ISF-Police
programme-isec = ISEC
programme-horizon-2020 = Horizon 2020
programme-horizon-europe = Horizon Europe
programme-digital-europe = DIGITAL (Cyfrowa Europa)
programme-safer-internet = Program „Bezpieczniejszy Internet”
programme-cerv = CERV / Daphne
programme-eu4health = EU4Health
programme-erasmus-plus = Erasmus+
programme-other-eu = Inne finansowanie UE
programme-council-of-europe = Rada Europy
programme-international = Partnerstwo międzynarodowe
programme-national = Krajowe środki publiczne
programme-private = Środki prywatne / fundacja
programme-unknown = Brak danych

## Statuses
status-ongoing = W trakcie
status-completed = Zakończona
status-planned = Planowana
status-unknown = Status nieznany

## Kinds
kind-project = Projekt
kind-project-series = Seria projektów
kind-programme = Program
kind-network = Sieć
kind-organisation = Organizacja
kind-tool = Narzędzie
kind-intervention = Interwencja
kind-database = Baza danych
kind-non-eu-initiative = Inicjatywa spoza finansowania UE

## About
about-title = O serwisie { $site }
about-description = Czym jest Sparks, skąd pochodzi i jak prowadzone są zawarte w nim informacje.
about-heading = O serwisie { $site }
about-lead = Sparks to wspólna mapa działań przeciw wykorzystywaniu seksualnemu i wyzyskowi seksualnemu dzieci (CSAE) w Europie i poza nią.
about-why = { $count ->
    [one] Unia Europejska i wiele innych podmiotów finansuje projekty, które zapobiegają wykorzystywaniu, wykrywają je i prowadzą dochodzenia oraz wspierają ofiary i osoby, które przeżyły. Ich rezultaty są rozproszone po stronach projektów, które znikają, gdy kończy się finansowanie, dlatego nowe projekty zbyt często zaczynają od zera. Sparks gromadzi cały ten obraz w jednym miejscu: na razie { $n } inicjatywa wraz z jej finansowaniem, partnerami, krajami, filarami i źródłami wszystkich informacji.
    [few] Unia Europejska i wiele innych podmiotów finansuje projekty, które zapobiegają wykorzystywaniu, wykrywają je i prowadzą dochodzenia oraz wspierają ofiary i osoby, które przeżyły. Ich rezultaty są rozproszone po stronach projektów, które znikają, gdy kończy się finansowanie, dlatego nowe projekty zbyt często zaczynają od zera. Sparks gromadzi cały ten obraz w jednym miejscu: na razie { $n } inicjatywy, każda wraz z finansowaniem, partnerami, krajami, filarami i źródłami wszystkich informacji.
    [many] Unia Europejska i wiele innych podmiotów finansuje projekty, które zapobiegają wykorzystywaniu, wykrywają je i prowadzą dochodzenia oraz wspierają ofiary i osoby, które przeżyły. Ich rezultaty są rozproszone po stronach projektów, które znikają, gdy kończy się finansowanie, dlatego nowe projekty zbyt często zaczynają od zera. Sparks gromadzi cały ten obraz w jednym miejscu: na razie { $n } inicjatyw, każda wraz z finansowaniem, partnerami, krajami, filarami i źródłami wszystkich informacji.
   *[other] Unia Europejska i wiele innych podmiotów finansuje projekty, które zapobiegają wykorzystywaniu, wykrywają je i prowadzą dochodzenia oraz wspierają ofiary i osoby, które przeżyły. Ich rezultaty są rozproszone po stronach projektów, które znikają, gdy kończy się finansowanie, dlatego nowe projekty zbyt często zaczynają od zera. Sparks gromadzi cały ten obraz w jednym miejscu: na razie { $n } inicjatywy, każda wraz z finansowaniem, partnerami, krajami, filarami i źródłami wszystkich informacji.
}
about-origin-heading = Skąd pochodzi Sparks
about-origin-html = Sparks jest kontynuacją serwisu <a href="https://sparksinthedark.net/">Sparks in the Dark</a>, uruchomionego w ramach projektu ARICA i administrowanego przez Polską Platformę Bezpieczeństwa Wewnętrznego (PPBW).
about-facts-heading = Jak prowadzone są informacje
about-facts = Każda informacja pochodzi z publicznego źródła, do którego prowadzi link na stronie inicjatywy. Jeśli informacji nie udało się potwierdzić, pole pozostaje puste – niczego nie zgadujemy. Finansowanie jest podawane zarówno w brzmieniu źródła, jak i jako ujednolicony program, tak aby można było według niego filtrować katalog. Każdy wpis pokazuje, kiedy jego dane sprawdzono po raz ostatni; zespół potwierdza je lub poprawia w kolejce przeglądu, zaczynając od najdawniej sprawdzonych i od usług pomocowych. Narzędzie sprawdzające linki odwiedza z serwera każdy zewnętrzny adres pokazywany na stronie, a strony oznaczają linki, które uznało za niedziałające. Inicjatywa jest pokazywana jako trwająca tylko wtedy, gdy jej data zakończenia jeszcze nie minęła albo mówi tak źródło. Teksty pisane przez ludzi są porównywane z wytycznymi terminologicznymi dziedziny (Wytycznymi luksemburskimi).
about-words-heading = Słowa, których używamy
about-words = Piszemy „materiały przedstawiające seksualne wykorzystywanie dzieci” (CSAM), nigdy „pornografia dziecięca”: te obrazy są zapisem krzywdy wyrządzonej dziecku.
about-privacy-heading = Prywatność
about-privacy = Osoby, które się nie logują, nie otrzymują żadnych plików cookie. Żadna strona nie wczytuje niczego z innych witryn: ani czcionek, ani narzędzi analitycznych, ani map, ani osadzonych filmów.
about-open-data-heading = Otwarte dane
about-open-data-html = Wszystkie dane z katalogu są dostępne przez <a href="/api/v1/openapi.json">API JSON</a>.

## Help
help-title = Pomoc i zgłaszanie
help-description = Telefony zaufania dla dzieci, punkty przyjmowania zgłoszeń i pomoc dla osób zaniepokojonych własnymi myślami.
help-heading = Pomoc i zgłaszanie
help-emergency-html = Jeśli dziecku grozi bezpośrednie niebezpieczeństwo, należy zadzwonić pod numer alarmowy <strong>112</strong> (w całej UE).
help-children-heading = Dla dzieci i młodzieży
help-children-html = <strong>116 111</strong> to numer telefonu zaufania dla dzieci i młodzieży w całej Unii Europejskiej: bezpłatny, poufny, odbierany przez osoby przygotowane do tego, by wysłuchać. W większości krajów działa też czat; zob. <a href="https://childhelplineinternational.org/helplines/">listę telefonów zaufania Child Helpline International</a>.
help-report-heading = Zgłaszanie materiałów przedstawiających seksualne wykorzystywanie dzieci w internecie
help-report-html = Punkty przyjmowania zgłoszeń przyjmują je anonimowo i współpracują z policją oraz dostawcami usług, aby materiały zostały usunięte. Punkt działający w danym kraju można znaleźć w <a href="https://www.inhope.org/EN/articles/report-to-a-hotline">sieci INHOPE</a>.
help-thoughts-heading = Dla osób zaniepokojonych własnymi myślami seksualnymi dotyczącymi dzieci
help-thoughts-html = Istnieje poufna pomoc i jest ona skuteczna. <a href="https://www.stopitnow.org.uk/">Stop It Now</a> i <a href="https://troubled-desire.com/">Troubled Desire</a> oferują anonimowe wsparcie w kilku językach.
help-leave-heading = Szybkie opuszczenie strony
help-leave = Link „Szybkie wyjście” u góry każdej strony natychmiast przenosi na neutralną stronę. Przy włączonym JavaScripcie to samo robi trzykrotne szybkie naciśnięcie klawisza Shift, w dowolnym miejscu strony, także podczas pisania; a także klawisz Esc, poza polem formularza, aby nie przepadł pisany właśnie tekst. Ta strona zostaje wtedy zastąpiona w historii przeglądarki.

## Errors
error-not-found-heading = Nie znaleziono strony
error-bad-request-heading = Ten adres zawiera błąd
error-forbidden-heading = Niedostępne
error-method-heading = Niedozwolone
error-generic-heading = Coś poszło nie tak
error-detail-not-found = Pod tym adresem nic nie ma. Strona mogła zostać przeniesiona lub usunięta.
error-detail-bad-parameter = Parametr „{ $name }” ma wartość, której nie można użyć: { $message }
error-detail-forbidden = Ta strona nie jest dostępna z tego miejsca.
error-detail-method = Ten adres nie przyjmuje tego rodzaju żądań.
error-detail-too-large = Żądanie jest zbyt duże.
error-detail-server = Coś poszło nie tak po naszej stronie. Prosimy spróbować ponownie za chwilę.
error-detail-generic = Nie udało się obsłużyć żądania.
error-go-home-before = Co dalej:
error-home-link = strona główna
error-directory-link = katalog inicjatyw
error-code = Błąd { $status }

## About: who runs Sparks, the pillars, taking part
about-who-heading = Kto prowadzi Sparks
about-who = Sparks administruje Polska Platforma Bezpieczeństwa Wewnętrznego (PPBW), która odpowiadała za komunikację projektu ARICA i koordynuje projekt 2PS.
about-pillars-heading = Trzy filary
about-pillars = Wszystko w Sparks jest przypisane do jednego z trzech filarów strategii UE na rzecz skuteczniejszej walki z wykorzystywaniem seksualnym dzieci:
about-join-heading = Jak się zaangażować
about-join-support = Wesprzyj Sparks
about-join-support-text = serwis utrzymuje się z darowizn; zobacz, na co przeznaczane są pieniądze.
about-join-media = Pakiet medialny
about-join-media-text = logotypy, grafiki i propozycje wpisów, które pomagają rozpowszechniać informacje.
about-join-data = Otwarte dane
about-join-data-text = katalog i pozostałe treści można ponownie wykorzystać przez API JSON.
about-join-members = Konta członkowskie, pozwalające proponować inicjatywy, zasoby i wydarzenia oraz o nich dyskutować, to kolejna część Sparks.

## Countries
country-AT = Austria
country-BE = Belgia
country-BG = Bułgaria
country-HR = Chorwacja
country-CY = Cypr
country-CZ = Czechy
country-DK = Dania
country-EE = Estonia
country-FI = Finlandia
country-FR = Francja
country-DE = Niemcy
country-GR = Grecja
country-HU = Węgry
country-IE = Irlandia
country-IT = Włochy
country-LV = Łotwa
country-LT = Litwa
country-LU = Luksemburg
country-MT = Malta
country-NL = Niderlandy
country-PL = Polska
country-PT = Portugalia
country-RO = Rumunia
country-SK = Słowacja
country-SI = Słowenia
country-ES = Hiszpania
country-SE = Szwecja
country-GB = Wielka Brytania
country-IS = Islandia
country-NO = Norwegia
country-CH = Szwajcaria
country-LI = Liechtenstein
country-US = Stany Zjednoczone
country-CA = Kanada
country-AU = Australia
country-NZ = Nowa Zelandia
country-RS = Serbia
country-UA = Ukraina
country-MD = Mołdawia
country-ME = Czarnogóra
country-AL = Albania
country-AM = Armenia
country-AZ = Azerbejdżan
country-GE = Gruzja
country-RU = Rosja
country-PH = Filipiny
country-TH = Tajlandia
country-GY = Gujana
country-BA = Bośnia i Hercegowina
country-MK = Macedonia Północna
country-TR = Turcja
country-BY = Białoruś

## Content hub: shared
nav-resources = Materiały
nav-news = Aktualności
nav-events = Wydarzenia
nav-recommendations = Rekomendacje
nav-response = Dane
label-type = Rodzaj
label-published = Opublikowano
label-by = Autor
label-language = Język
label-source = Źródło
value-unknown = nieznane
home-hub-heading = Więcej w Sparks
hub-resources = { $count ->
    [one] materiał w bibliotece
    [few] materiały w bibliotece
    [many] materiałów w bibliotece
   *[other] materiału w bibliotece
}
hub-events = { $count ->
    [one] wydarzenie w kalendarzu
    [few] wydarzenia w kalendarzu
    [many] wydarzeń w kalendarzu
   *[other] wydarzenia w kalendarzu
}
hub-recommendations = { $count ->
    [one] kluczowa rekomendacja
    [few] kluczowe rekomendacje
    [many] kluczowych rekomendacji
   *[other] kluczowej rekomendacji
}
hub-figures = { $count ->
    [one] liczba o skali przemocy i reakcji na nią
    [few] liczby o skali przemocy i reakcji na nią
    [many] liczb o skali przemocy i reakcji na nią
   *[other] liczby o skali przemocy i reakcji na nią
}
hub-help-countries = { $count ->
    [one] kraj z telefonami zaufania i punktami zgłoszeń
    [few] kraje z telefonami zaufania i punktami zgłoszeń
    [many] krajów z telefonami zaufania i punktami zgłoszeń
   *[other] kraju z telefonami zaufania i punktami zgłoszeń
}

## Resources
resources-title = Biblioteka materiałów
resources-description = Raporty, narzędzia, wytyczne, szkolenia, zbiory danych i kampanie inicjatyw przeciwdziałających wykorzystywaniu seksualnemu dzieci.
resources-heading = Biblioteka materiałów
resources-lead = Raporty, rezultaty projektów, notatki dla decydentów, narzędzia, szkolenia, zbiory danych, kampanie i filmy przygotowane przez inicjatywy, wraz z inicjatywami, z których pochodzą.
resources-search-label = Szukaj w bibliotece
resources-none = Żaden materiał nie pasuje do tych filtrów.
resources-count = { $count ->
    [one] { $n } materiał
    [few] { $n } materiały
    [many] { $n } materiałów
   *[other] { $n } materiału
}
resources-count-match = { $count ->
    [one] { $n } pasujący materiał
    [few] { $n } pasujące materiały
    [many] { $n } pasujących materiałów
   *[other] { $n } pasującego materiału
}
resources-facet-type = Rodzaj
resources-facet-audience = Odbiorcy
resources-facet-language = Język
resources-facet-initiative = Inicjatywa
resource-open = Otwórz materiał
resource-from-initiatives = Z tych inicjatyw
resource-as-json = Ten materiał jako JSON
resource-type-report = Raport
resource-type-deliverable = Rezultat projektu
resource-type-policy-brief = Notatka dla decydentów
resource-type-guidelines = Wytyczne
resource-type-toolkit = Narzędzie
resource-type-training = Szkolenie
resource-type-dataset = Zbiór danych
resource-type-campaign = Kampania
resource-type-video = Film
resource-type-article = Artykuł
audience-practitioners = Praktycy
audience-law-enforcement = Organy ścigania
audience-policymakers = Decydenci
audience-researchers = Badacze
audience-parents = Rodzice i opiekunowie
audience-young-people = Młodzi ludzie
audience-public = Ogół społeczeństwa

## News
news-title = Aktualności i kampanie
news-description = Komunikaty Sparks i inicjatyw przeciwdziałających wykorzystywaniu seksualnemu dzieci.
news-heading = Aktualności i kampanie
news-lead = Komunikaty społeczności Sparks i jej inicjatyw, każdy ze źródłem.
news-none = Na razie brak aktualności.
news-posts = Wpisy
news-about-post = O tym wpisie
news-initiative = Inicjatywa
news-from = Od
feed-site-title = { $site }: nowości
feed-link = Kanał Atom
initiative-latest-news = Najnowsze wiadomości
initiative-more-news = Wszystkie wiadomości tej inicjatywy

## Events
events-title = Wydarzenia
events-description = Konferencje, warsztaty, webinaria, szkolenia i dni kampanii na temat zapobiegania wykorzystywaniu seksualnemu dzieci i przeciwdziałania mu.
events-heading = Wydarzenia
events-lead = Konferencje, warsztaty, webinaria, szkolenia i dni kampanii. Każde wydarzenie można dodać do kalendarza.
events-subscribe = Subskrybuj kalendarz (iCalendar)
events-upcoming = Nadchodzące
events-past = Minione
events-none-upcoming = Na razie brak nadchodzących wydarzeń.
events-none-past = Brak minionych wydarzeń.
event-when = Kiedy
event-where = Gdzie
event-organisers = Organizatorzy
event-online = online
event-add-to-calendar = Dodaj do kalendarza (.ics)
event-website = Strona wydarzenia
event-type-conference = Konferencja
event-type-workshop = Warsztaty
event-type-webinar = Webinarium
event-type-training = Szkolenie
event-type-campaign-day = Dzień kampanii
event-type-meeting = Spotkanie

## Recommendations
recs-title = Kluczowe rekomendacje
recs-description = Rekomendacje dotyczące zapobiegania wykorzystywaniu seksualnemu dzieci, jego wykrywania i ścigania oraz wspierania osób pokrzywdzonych.
recs-heading = Kluczowe rekomendacje
recs-lead = Co zalecają projekty, sieci i instytucje, według filarów. Każda rekomendacja to krótkie streszczenie; pełny tekst znajdziesz w źródle.
recs-by-pillar = Według filarów
recs-issuer = Autor
recs-year = Rok
recs-addressee = Adresat
recs-initiatives = Z inicjatyw
recs-resources = Z materiałów
addressee-member-states = Państwa członkowskie UE
addressee-all = Wszyscy zainteresowani
addressee-eu = Unia Europejska
addressee-law-enforcement = Organy ścigania
addressee-industry = Firmy i usługi internetowe

## Figures (CSAE response)
response-title = Reakcja w liczbach
response-description = Dane o wykorzystywaniu seksualnym dzieci i reakcji na nie, każda liczba z wydawcą, rokiem i źródłem.
response-heading = Reakcja w liczbach
response-lead = Ile przypadków wykorzystywania seksualnego dzieci się zgłasza i co osiąga reakcja na nie. Każda liczba podaje wydawcę i odsyła do źródła.
response-caveat = Różni wydawcy liczą różne rzeczy, a zasady liczenia zmieniają się z roku na rok: przed porównaniem przeczytaj uwagi.
response-all-csv = Pobierz wszystkie dane (CSV)
response-series-csv = Pobierz tę serię (CSV)
response-hatched = Kreskowane słupki: źródło podaje wartość zaokrągloną lub dolną granicę. Lata bez słupka nie mają liczby w danych.
response-table-caption = Te same liczby wraz ze źródłami
response-other-heading = Inne dane
response-other-caption = Pojedyncze liczby wraz ze źródłami
response-col-year = Rok
response-col-value = Wartość
response-col-publisher = Wydawca (źródło)
response-col-note = Uwaga
response-col-figure = Dane
response-no-figure = brak liczby w danych
chart-millions = { $n } mln

## Media pack
media-title = Materiały prasowe
media-description = Logotyp Sparks i propozycje wpisów do udostępnienia.
media-heading = Materiały prasowe i komunikacyjne
media-lead = Grafiki i propozycje wpisów dla wszystkich, którzy chcą mówić o zapobieganiu wykorzystywaniu seksualnemu dzieci i przeciwdziałaniu mu.
media-graphics = Grafiki
media-wordmark-alt = Logotyp Sparks: żółta iskra i słowo Sparks na granatowym tle
media-download-svg = Pobierz logotyp (SVG)
media-graphics-note = Logotyp jest grafiką wektorową: w każdym rozmiarze pozostaje ostry.
media-banner-social = Baner do wpisów w mediach społecznościowych
media-banner-square = Kwadratowa grafika do mediów społecznościowych
media-wordmark-png = Logotyp jako obraz
media-download-png = Pobierz PNG
media-download-svg-file = Pobierz SVG
media-posts = Propozycje wpisów
media-posts-lead = Skopiuj wpis lub otwórz go w swojej sieci. Linki do udostępniania to zwykłe linki: ta strona niczego z tych serwisów nie wczytuje.
media-copy = Kopiuj tekst
media-copied = Skopiowano.
media-share-on = Udostępnij w:
media-email = E-mail
media-share-note = Link do Mastodona otwiera mastodon.social; na innym serwerze skopiuj tekst.
media-post-1 = Wykorzystywaniu seksualnemu dzieci można zapobiegać. Sparks łączy projekty zajmujące się profilaktyką, wykrywaniem i ściganiem oraz wsparciem osób pokrzywdzonych, aby każdy mógł korzystać z pracy innych.
media-post-2 = Niepokoją Cię Twoje myśli seksualne dotyczące dzieci? Istnieje poufna pomoc i ona działa. Sparks wymienia telefony profilaktyczne kraj po kraju.
media-post-3 = Raporty, narzędzia i szkolenia z finansowanych przez UE projektów przeciwko wykorzystywaniu seksualnemu dzieci – w jednej otwartej bibliotece.

## Support
support-title = Wesprzyj { $site }
support-description = Jak wesprzeć Sparks i na co idą pieniądze.
support-heading = Wesprzyj { $site }
support-lead = Sparks jest finansowany ze zbiórek i bezpłatny. Twoje wsparcie pozwala mu pozostać niezależnym, dostępnym i aktualnym.
support-how = Jak wpłacić
support-not-configured = Na tej stronie nie skonfigurowano jeszcze żadnego sposobu wpłat. Zajrzyj później lub skontaktuj się z osobami, które ją prowadzą.
support-pays-for = Na co idą pieniądze
support-pays-hosting = Utrzymanie i obsługa strony, bez śledzenia i reklam.
support-pays-editing = Redakcja, która sprawdza każdy fakt w źródle i aktualizuje katalog.
support-pays-translation = Tłumaczenia na kolejne języki europejskie.
support-supporters = Wspierający
support-supporters-none = Nikt jeszcze nie poprosił o umieszczenie na tej liście.
support-other-ways = Inne sposoby pomocy
support-media-pack = Udostępniaj Sparks dzięki materiałom prasowym.

## Help by country
help-by-country = Według kraju
help-by-country-lead = Telefony zaufania dla dzieci, punkty zgłaszania materiałów przedstawiających wykorzystywanie seksualne dzieci, pomoc dla osób zaniepokojonych własnymi myślami i wsparcie dla pokrzywdzonych, kraj po kraju. Dane się zmieniają: każdy wpis odsyła do źródła.
help-country-index = Kraje
help-phone = Telefon
help-hours = Godziny
help-chat = Czat
help-yes = tak
help-no = nie
help-organisation = Prowadzi
help-report-online = Zgłoś online
help-website = Strona internetowa
help-source-and-notes = Źródło i uwagi
help-checked-on = Sprawdzono { $date }.
help-checked-unknown = Jeszcze nie sprawdzono.
helpline-kind-child-helpline = Telefon zaufania dla dzieci
helpline-kind-reporting-hotline = Punkt zgłaszania materiałów przedstawiających wykorzystywanie seksualne dzieci
helpline-kind-prevention-helpline = Pomoc dla osób zaniepokojonych własnymi myślami seksualnymi
helpline-kind-victim-support = Wsparcie dla osób pokrzywdzonych
profile-outputs = Rezultaty w bibliotece materiałów
profile-outputs-all = Wszystkie rezultaty w bibliotece

## Wyszukiwanie, mapa, powiązane prace (sparks-search)
nav-landscape = Mapa
search-site-label = Szukaj w { $site }
search-title = Wyszukiwanie
search-title-q = Wyszukiwanie: { $q }
search-description = Przeszukaj inicjatywy przeciw wykorzystywaniu seksualnemu dzieci: słowa, skróty, frazy, w każdym języku interfejsu.
search-heading = Wyszukiwanie
search-label = Szukaj inicjatyw i wszystkiego innego w Sparks
search-hint = Słowa, skrót lub "fraza w cudzysłowie". Drobne literówki są wybaczane.
search-results-count = { $count ->
    [one] { $n } wynik
    [few] { $n } wyniki
    [many] { $n } wyników
   *[other] { $n } wyniku
}
search-partial = Żaden wynik nie zawiera wszystkich słów: te zawierają niektóre z nich.
search-corrected = „{ $word }” odczytano jako „{ $terms }”.
search-unmatched = Nigdzie nie znaleziono, więc pominięto: { $list }.
search-truncated = Zapytanie jest bardzo długie: użyto tylko pierwszych słów.
search-no-results = Nic nie pasuje do tych słów.
search-tip-fewer-words = Spróbuj mniej lub innych słów albo sprawdź pisownię.
search-tip-browse = Przeglądaj katalog inicjatyw
search-tip-landscape = Zobacz na mapie, gdzie toczy się praca
search-as-json = Te wyniki jako JSON
facet-type = Rodzaj
doc-type-initiative = Inicjatywy
doc-type-resource = Materiały
doc-type-news = Aktualności
doc-type-event = Wydarzenia
doc-type-thread = Wątki
search-help-now-link = Znajdź pomoc w swoim kraju
search-help-now-text = Telefony zaufania dla dzieci, punkty zgłaszania materiałów przedstawiających wykorzystywanie oraz wsparcie dla osób pokrzywdzonych i dla osób zaniepokojonych własnymi myślami, w każdym kraju: bezpłatnie i poufnie. Jeśli dziecku grozi bezpośrednie niebezpieczeństwo, zadzwoń pod 112.
search-help-now-heading = Uzyskaj pomoc teraz
doc-type-helpline = Pomoc
landscape-title = Mapa działań
landscape-description = Gdzie są praca i środki UE przeciw wykorzystywaniu seksualnemu dzieci, według kraju, filaru, programu i roku, i gdzie ich brakuje.
landscape-heading = Mapa działań: gdzie toczy się praca, i luki
landscape-lead = Ile inicjatyw i ile środków UE ma każdy kraj i filar, każdy program i rok. Zakreskowane pola to luki: żadnej inicjatywy. Każda liczba prowadzi do inicjatyw, które za nią stoją.
landscape-legend = Kolor: liczba inicjatyw. Zakreskowane: żadnej, luka.
landscape-legend-gap = brak (luka)
landscape-legend-range = { $from }–{ $to }
landscape-gap = brak (luka)
landscape-country-heading = Kraje i filary
landscape-country-intro = Każde państwo członkowskie UE i każdy inny kraj wymieniony przez inicjatywę jako koordynator lub partner. Inicjatywa liczy się w każdym kraju i filarze, w którym działa.
landscape-country-caption = Inicjatywy i zsumowany wkład UE według kraju i filaru
landscape-country-corner = Kraj
landscape-year-heading = Programy i lata rozpoczęcia
landscape-year-intro = Które programy finansowania rozpoczęły inicjatywy w których latach.
landscape-year-caption = Inicjatywy i zsumowany wkład UE według roku rozpoczęcia i programu
landscape-year-corner = Rok rozpoczęcia
landscape-svg-title = Mapa cieplna: { $caption }
landscape-svg-desc = Ciemniejsze pola zawierają więcej inicjatyw, do { $max } w jednym polu; zakreskowane nie zawierają żadnej. Tabela podaje każdą liczbę.
landscape-cell-label = { $row }, { $column }: { $n }
landscape-undated = { $count ->
    [one] { $n } inicjatywa nie ma daty rozpoczęcia i nie ma jej w tabeli programów.
    [few] { $n } inicjatywy nie mają daty rozpoczęcia i nie ma ich w tabeli programów.
    [many] { $n } inicjatyw nie ma daty rozpoczęcia i nie ma ich w tabeli programów.
   *[other] { $n } inicjatywy nie mają daty rozpoczęcia i nie ma ich w tabeli programów.
}
landscape-without-country = { $count ->
    [one] { $n } inicjatywa nie wymienia żadnego kraju i nie ma jej w tabeli krajów.
    [few] { $n } inicjatywy nie wymieniają żadnego kraju i nie ma ich w tabeli krajów.
    [many] { $n } inicjatyw nie wymienia żadnego kraju i nie ma ich w tabeli krajów.
   *[other] { $n } inicjatywy nie wymieniają żadnego kraju i nie ma ich w tabeli krajów.
}
landscape-eur-note = Wkłady UE liczone są w całości w każdym polu, do którego należy inicjatywa: wiersze i kolumny nie sumują się do całości.
landscape-csv = Pobierz obie tabele jako CSV
landscape-json = Te same dane jako JSON
related-heading = Powiązane prace
related-none = Nie znaleziono jeszcze powiązanych inicjatyw.
related-as-json = Powiązane prace jako JSON
related-same-acronym = ten sam skrót
related-same-coordinator = ten sam koordynator ({ $name })
related-shared-topics = wspólne tematy: { $list }
related-shared-countries = wspólne kraje: { $list }
related-similar-words = podobne słowa: { $list }
similar-page-title = Czy to już istnieje?
similar-description = Znajdź istniejące inicjatywy najbliższe planowanej, zanim ją zgłosisz.
similar-heading = Czy to już istnieje?
similar-lead = Zanim zgłosisz nową inicjatywę, zobacz najbliższe istniejące: buduj na wcześniejszej pracy zamiast zaczynać od nowa.
similar-acronym = Skrót
similar-title = Tytuł
similar-summary = Czym się zajmuje
similar-button = Znajdź podobne inicjatywy
similar-results = Najbliższe istniejące inicjatywy
similar-none = Nie znaleziono nic bliskiego: może być nowa.

## Społeczność, konta i moderacja (issue #4)
nav-community = Społeczność
nav-account = Konto
nav-admin = Administracja
nav-login = Zaloguj się
nav-join = Dołącz
nav-logout = Wyloguj się
account-nav-label = Moje konto
error-detail-too-many = Zbyt wiele prób w krótkim czasie. Prosimy chwilę odczekać i spróbować ponownie.

form-error-summary = Wystąpił problem
form-error-prefix = Błąd:
form-required = wymagane
form-choose = Proszę wybrać…
form-preview = Podgląd
form-preview-heading = Podgląd
form-error-missing = To pole jest wymagane.
form-error-too-long = Maksymalna liczba znaków: { $max }.
form-error-email = Proszę podać adres e-mail, np. name@example.org.
form-error-country = Proszę podać nazwę kraju lub jego dwuliterowy kod, np. PL.
form-error-password-short = Hasło musi mieć co najmniej 8 znaków. Kilka połączonych słów tworzy silne hasło.
form-error-password-long = Hasło może mieć najwyżej 256 znaków.
form-error-password-common = To hasło jest zbyt popularne lub zbyt łatwe do odgadnięcia. Prosimy wybrać inne.
form-error-password-blank = Hasło nie może składać się wyłącznie ze spacji.
form-error-password-site = Hasło nie może być nazwą tej strony, nawet z cyframi lub znakami interpunkcyjnymi przed nią lub po niej. Prosimy wybrać inne.
form-field-email = Adres e-mail
form-field-display-name = Nazwa wyświetlana
form-field-password = Hasło
form-field-organisation = Organizacja
form-field-country = Kraj
form-field-expertise = Obszar specjalizacji
form-field-pillars = Filary, w których działam
form-field-public = Pokaż w moim profilu publicznym
form-field-code = Kod
form-field-current-password = Obecne hasło
form-field-new-password = Nowe hasło
form-field-acronym = Akronim lub nazwa skrócona
form-field-title = Tytuł
form-field-summary = Streszczenie
form-field-programme = Program finansowania
form-field-website = Strona internetowa
form-field-countries = Kraje
form-field-start-date = Data rozpoczęcia
form-field-end-date = Data zakończenia
form-field-type = Rodzaj
form-field-url = Link
form-field-published = Data publikacji
form-field-language = Język
form-field-initiative = Inicjatywa
form-field-start = Początek
form-field-end = Koniec
form-field-timezone = Strefa czasowa
form-field-city = Miasto
form-field-online = Wydarzenie online
form-field-body = Treść
form-field-source-url = Źródło
form-field-members-only = Tylko dla zalogowanych członków
form-field-pillar = Przestrzeń
form-hint-display-name = Wyświetlana przy wpisach. Adres e-mail nigdy nie jest pokazywany.
form-hint-password = Co najmniej 8 znaków; długie frazy hasłowe są mile widziane.
form-hint-country = Nazwa kraju lub jego dwuliterowy kod, np. PL.
form-hint-expertise = Krótki opis obszaru pracy, w jednym lub dwóch zdaniach.
form-hint-code = 6-cyfrowy kod z aplikacji uwierzytelniającej lub jeden z kodów odzyskiwania.
form-hint-public = Nazwa wyświetlana jest zawsze widoczna przy wpisach; tutaj można wybrać, co jeszcze zobaczą członkowie i odwiedzający.
form-field-profile-public = Pokazuj moją stronę profilu wszystkim
form-hint-profile-public = Wyłączone, dopóki nie zostanie zaznaczone. Wyłączone: nikt inny nie może otworzyć strony profilu, a nazwa przy wpisach nie jest linkiem. Włączone: każdy, zalogowany lub nie, może otworzyć stronę profilu i zobaczyć nazwę oraz wybrane powyżej informacje.
form-hint-markdown = Markdown: *wyróżnienie*, **pogrubienie**, listy, linki. Wynik można sprawdzić w podglądzie.
form-hint-programme = Nazwa stosowana przez podmiot finansujący, np. „Horizon Europe” lub „ISF-P”.
form-hint-countries = Dwuliterowe kody lub nazwy, oddzielone przecinkami.
form-hint-partial-date = Rok, miesiąc (2024-03) lub dzień (2024-03-15).
form-hint-language = Dwuliterowy kod, np. en.
form-hint-initiative = Skrócona nazwa inicjatywy, do której należy ta pozycja (jeśli dotyczy).
form-hint-datetime = Dzień (2025-05-14) lub dzień i godzina (2025-05-14T09:30).
form-hint-timezone = Np. Europe/Brussels.
form-hint-date = Dzień, np. 2025-05-14.
form-hint-members-only = Niezalogowani odwiedzający nie zobaczą tego wątku.

join-title = Dołącz do { $site }
join-intro = Członkowie dyskutują z praktykami i badaczami, proponują inicjatywy, materiały, wydarzenia i aktualności oraz prowadzą własny profil.
join-privacy = Przechowujemy tylko to, co zostanie tu wpisane. Dane można w każdej chwili pobrać lub usunąć na stronie konta.
join-submit = Utwórz konto
join-sent-title = Prosimy sprawdzić skrzynkę e-mail
join-sent = Jeśli ten adres może odbierać wiadomości, wysłaliśmy na niego e-mail z linkiem potwierdzającym. Link jest ważny przez 48 godzin.
verify-title = Potwierdzenie adresu e-mail
verify-intro = Aby dokończyć zakładanie konta, należy potwierdzić, że ten adres jest właściwy.
verify-submit = Potwierdź
verify-done-title = Adres e-mail został potwierdzony
verify-done = Dziękujemy. Można się już zalogować.
link-invalid-title = Ten link nie działa
link-invalid = Link jest nieprawidłowy, został już użyty lub wygasł. Można poprosić o nowy.
login-title = Logowanie
login-submit = Zaloguj się
login-error = Adres e-mail lub hasło są nieprawidłowe.
login-unverified = Najpierw należy potwierdzić adres e-mail: prosimy otworzyć link, który wysłaliśmy.
code-title = Drugi krok
code-intro = Redaktorzy i administratorzy potwierdzają każde logowanie kodem z aplikacji uwierzytelniającej.
code-enrol = To konto nie ma jeszcze skonfigurowanego uwierzytelniania. Należy teraz dodać je do aplikacji uwierzytelniającej za pomocą adresu lub klucza podanego poniżej, a następnie wpisać kod wyświetlony przez aplikację. Kody odzyskiwania należy przechowywać w bezpiecznym miejscu: w razie utraty telefonu każdy z nich zadziała jeden raz.
code-enrol-label = Konfiguracja aplikacji uwierzytelniającej
code-recovery-label = Kody odzyskiwania:
code-submit = Dalej
code-error = Ten kod jest nieprawidłowy lub został już użyty. Prosimy wpisać aktualny kod.
attempts-wait = { $count ->
    [one] Zbyt wiele nieudanych prób z tego miejsca. Można spróbować ponownie za { $n } sekundę.
    [few] Zbyt wiele nieudanych prób z tego miejsca. Można spróbować ponownie za { $n } sekundy.
    [many] Zbyt wiele nieudanych prób z tego miejsca. Można spróbować ponownie za { $n } sekund.
   *[other] Zbyt wiele nieudanych prób z tego miejsca. Można spróbować ponownie za { $n } sekundy.
}
code-intro-member = Dla tego konta włączono drugi składnik: prosimy wpisać kod z aplikacji uwierzytelniającej.
account-two-factor = Drugi składnik
account-two-factor-intro = Kod z aplikacji uwierzytelniającej przy każdym logowaniu chroni konto, nawet jeśli ktoś pozna hasło.
account-two-factor-link = Włącz lub wyłącz drugi składnik
two-factor-title = Drugi składnik
two-factor-intro = Prosimy dodać konto do aplikacji uwierzytelniającej i wpisać hasło oraz wyświetlony kod. Od tej chwili każde logowanie będzie wymagało kodu, a na wszystkich innych urządzeniach nastąpi wylogowanie.
two-factor-submit = Włącz
two-factor-off-title = Wyłącz drugi składnik
two-factor-off-intro = Aby go wyłączyć, prosimy wpisać hasło i aktualny kod (lub kod odzyskiwania). Na wszystkich innych urządzeniach nastąpi wylogowanie.
two-factor-off-submit = Wyłącz
two-factor-on = Drugi składnik jest włączony: każde logowanie wymaga kodu z aplikacji uwierzytelniającej.
two-factor-staff = Redaktorzy i administratorzy muszą mieć go włączonego.
two-factor-enrolled = Drugi składnik jest włączony. Prosimy przechowywać kody odzyskiwania w bezpiecznym miejscu: nie zostaną pokazane ponownie.
two-factor-disabled = Drugi składnik jest wyłączony. Logowanie wymaga tylko hasła.
reset-title = Zapomniane hasło
reset-intro = Po podaniu adresu e-mail wyślemy link do ustawienia nowego hasła.
reset-submit = Wyślij link
reset-sent-title = Prosimy sprawdzić skrzynkę e-mail
reset-sent = Jeśli ten adres jest przypisany do konta, wysłaliśmy na niego link do ustawienia nowego hasła. Link jest ważny przez godzinę.
reset-new-title = Ustawienie nowego hasła
reset-new-submit = Zapisz hasło
reset-done-title = Hasło zostało zmienione
reset-done = Nowe hasło zostało zapisane, a wszystkie sesje zostały wylogowane. Można się już zalogować.

account-title = Moje konto
account-heading = Witamy, { $name }
account-saved = Zmiany zostały zapisane.
account-public-profile = Zobacz profil publiczny
account-profile-private = Profil jest prywatny: nikt inny nie może go otworzyć. Aby go upublicznić, zaznacz poniżej „Pokazuj moją stronę profilu wszystkim”.
account-profile = Profil
account-save = Zapisz profil
account-propose = Zaproponuj treść
account-submissions = Moje propozycje
account-no-submissions = Nie ma jeszcze żadnych propozycji.
account-password = Zmiana hasła
account-password-save = Zmień hasło
account-password-wrong = To nie jest obecne hasło.
account-data = Moje dane
account-export = Pobierz wszystkie moje dane przechowywane w serwisie (JSON)
account-delete = Usuń konto
account-sessions = Twoje urządzenia
account-logout-everywhere-intro = Zalogowano na wspólnym lub pożyczonym urządzeniu albo trzeba było szybko wyjść? To kończy wszystkie sesje Twojego konta na wszystkich urządzeniach, także na tym.
account-logout-everywhere = Wyloguj się wszędzie
logout-everywhere-done-title = Wylogowano Cię wszędzie
logout-everywhere-done = Wszystkie sesje Twojego konta zostały zakończone na wszystkich urządzeniach, także na tym. Każdy, kto używa urządzenia, na którym było zalogowane Twoje konto, musi zalogować się ponownie.
delete-title = Usunięcie konta
delete-intro = Spowoduje to trwałe usunięcie konta, sesji i profilu. Wpisy pozostaną w dyskusjach i będą oznaczone jako napisane przez byłego członka. Aby potwierdzić, należy wpisać hasło.
delete-submit = Usuń moje konto
delete-done-title = Konto zostało usunięte
delete-done = Konto i dane osobowe zostały usunięte. Dziękujemy za udział.
member-description = Członek społeczności Sparks.
member-nothing-public = Ta osoba udostępnia publicznie tylko swoją nazwę.

kind-name-initiative = Inicjatywa
kind-name-resource = Materiał
kind-name-event = Wydarzenie
kind-name-news = Aktualność
submission-status-pending = oczekuje na moderację
submission-status-approved = opublikowano
submission-status-rejected = nie opublikowano
role-member = Członek
role-editor = Redaktor
role-admin = Administrator
submit-initiative-title = Zaproponuj inicjatywę
submit-resource-title = Zaproponuj materiał
submit-event-title = Zaproponuj wydarzenie
submit-news-title = Zaproponuj aktualność
submit-edit-title = Edycja: { $title }
submit-intro-member = Każdą propozycję przed publikacją w serwisie sprawdza redaktor. O decyzji poinformujemy e-mailem.
submit-intro-staff = Treści zapisane tutaj przez redaktora są publikowane od razu i odnotowywane w dzienniku audytu.
submit-check-existing = Przed rozpoczęciem warto sprawdzić, czy taki wpis już istnieje. Link do katalogu znajduje się pod formularzem.
submit-similar = Czy to już istnieje? Zobacz podobne inicjatywy
submit-publish = Opublikuj
submit-send = Wyślij do sprawdzenia
submit-unpublish = Wycofaj publikację
submit-exists = Wpis o tej nazwie już istnieje. Zamiast tego można zaproponować jego edycję.
submit-thanks-title = Dziękujemy
submit-thanks = Propozycja czeka na sprawdzenie przez redaktora. Jej status można śledzić na stronie konta.

community-heading = Społeczność
community-lead = Praktycy, badacze i decydenci dzielą się tym, co działa: pytania, odpowiedzi i dyskusje w przestrzeniach poszczególnych filarów lub w przestrzeni ogólnej.
community-spaces = Przestrzenie
community-all = Wszystkie przestrzenie
community-general = Ogólna
community-threads = Wątki
community-no-threads = Nie ma tu jeszcze żadnych wątków.
community-posts = { $count ->
    [one] { $n } wpis
    [few] { $n } wpisy
    [many] { $n } wpisów
   *[other] { $n } wpisu
}
community-members-only = tylko dla członków
community-locked = zamknięty
community-hidden = ukryty
community-new-thread = Nowy wątek
community-start = Utwórz wątek
community-login-to-post = Zaloguj się, aby wziąć udział
community-former-member = Były członek
community-locked-notice = Ten wątek jest zamknięty: nie można dodawać nowych odpowiedzi.
community-lock = Zamknij wątek
community-unlock = Otwórz wątek ponownie
community-pinned = przypięty
community-thread-hidden-notice = Ten wątek jest ukryty: widzą go tylko redaktorzy i administratorzy.
community-hide-thread = Ukryj wątek
community-show-thread = Pokaż wątek ponownie
community-pin = Przypnij na górze
community-unpin = Odepnij
community-move-to = Przenieś do przestrzeni
community-move = Przenieś
community-report = Zgłoś
community-post = wpis
community-report-reason = Dlaczego moderatorzy powinni przyjrzeć się temu wpisowi?
community-report-send = Wyślij zgłoszenie
community-hide-post = Ukryj
community-show-post = Pokaż ponownie
community-reply = Odpowiedz
community-reply-send = Wyślij odpowiedź
community-error-space = Proszę wybrać jedną z przestrzeni.

admin-heading = Administracja
admin-create = Dodaj treść
admin-waiting = { $count ->
    [one] { $n } pozycja oczekuje
    [few] { $n } pozycje oczekują
    [many] { $n } pozycji oczekuje
   *[other] { $n } pozycji oczekuje
}
moderation-heading = Moderacja
moderation-pending = Oczekujące propozycje
moderation-reports = Zgłoszone wpisy
moderation-none = Nic nie oczekuje.
moderation-edit-of = propozycja zmiany:
moderation-reason = Uzasadnienie (wymagane przy odrzuceniu; zostanie przesłane członkowi)
moderation-reason-hint = Prosimy wskazać, co pozwoliłoby przyjąć propozycję.
moderation-reason-missing = Odrzucenie wymaga uzasadnienia: członek je przeczyta.
moderation-approve = Zatwierdź i opublikuj
moderation-reject = Odrzuć
moderation-reported-post = Zgłoszony wpis
moderation-report-reason = Powód
moderation-hide = Ukryj wpis
moderation-keep = Zachowaj wpis
users-heading = Użytkownicy i role
users-name = Nazwa
users-initiatives = Inicjatywy
users-link = Powiąż z inicjatywą
users-status = Status
users-role = Rola
users-save = Zapisz rolę
users-verified = potwierdzony
users-unverified = niepotwierdzony
users-totp = drugi składnik
audit-heading = Dziennik audytu
audit-when = Kiedy
audit-who = Kto
audit-what = Co
audit-changed = Zmienione pola
audit-restore = Przywracanie
audit-restore-button = Przywróć tę wersję

email-verify-subject = Potwierdzenie adresu e-mail w { $site }
email-verify-body = Witamy w { $site }. Aby potwierdzić adres e-mail, prosimy otworzyć ten link (jest ważny przez 48 godzin): { $link }  Jeśli ta prośba o dołączenie nie pochodzi od Państwa, prosimy zignorować tę wiadomość.
email-exists-subject = Ktoś próbował dołączyć do { $site } z Państwa adresem
email-exists-body = Ktoś próbował utworzyć konto w { $site } z tym adresem e-mail, do którego jest już przypisane konto. Jeśli to byli Państwo, prosimy się zalogować lub ustawić nowe hasło tutaj: { $link }  Jeśli nie, prosimy zignorować tę wiadomość.
email-reset-subject = Ustawienie nowego hasła w { $site }
email-reset-body = Aby ustawić nowe hasło, prosimy otworzyć ten link (jest ważny przez godzinę): { $link }  Jeśli prośba nie pochodzi od Państwa, prosimy zignorować tę wiadomość; hasło pozostanie bez zmian.
email-approved-subject = Państwa propozycja została opublikowana w Sparks
email-approved-body = Dziękujemy: propozycja „{ $title }” jest już dostępna w Sparks: { $link }
email-rejected-subject = Państwa propozycja dla Sparks nie została opublikowana
email-rejected-body = Redakcja sprawdziła propozycję „{ $title }” i jej nie opublikowała. Powód: { $reason }

## Newsletter
footer-newsletter = Newsletter
newsletter-title = Newsletter { $site }
newsletter-intro = Przegląd nowych inicjatyw, materiałów, wydarzeń i aktualności, mniej więcej raz w tygodniu.
newsletter-privacy = Przechowujemy wyłącznie adres e-mail i dopiero po jego potwierdzeniu. Każde wydanie zawiera link do wypisania się jednym kliknięciem.
newsletter-submit = Zapisz się
newsletter-sent-title = Proszę sprawdzić skrzynkę
newsletter-sent = Jeśli adres może odbierać wiadomości, wysłaliśmy link do potwierdzenia zapisu. Przed potwierdzeniem nie wyślemy nic więcej.
newsletter-confirm-title = Potwierdzenie zapisu
newsletter-confirm-submit = Potwierdź zapis
newsletter-confirmed-title = Zapis potwierdzony
newsletter-confirmed = Dziękujemy. Następne wydanie trafi na ten adres.
newsletter-unsubscribe-title = Wypisanie z newslettera
newsletter-unsubscribe-submit = Wypisz się
newsletter-unsubscribed-title = Wypisano
newsletter-unsubscribed = Adres został usunięty. Kolejne wydania nie będą wysyłane.
email-newsletter-confirm-subject = Prosimy potwierdzić zapis na newsletter { $site }
email-newsletter-confirm-body = Aby potwierdzić chęć otrzymywania przeglądu { $site }, prosimy otworzyć ten link (ważny 48 godzin): { $link }  Jeśli to nie Państwo się zapisali, prosimy zignorować tę wiadomość: nic więcej nie zostanie wysłane.

## Feeds through the web
submit-feed-title = Zaproponuj kanał
submit-feed-intro = Czy inicjatywa publikuje aktualności jako RSS, Atom lub JSON Feed? Prosimy podać adres: po zatwierdzeniu kanału redakcja sprawdza także jego nowe wpisy, które potem pojawiają się w aktualnościach, z podaniem inicjatywy.
form-field-feed-url = Adres kanału
form-hint-initiative-slug = Krótka nazwa inicjatywy z jej adresu, np. arica dla /initiatives/arica.
form-hint-feed-url = Adres kanału RSS, Atom lub JSON, zaczynający się od https://.
submit-feed-no-initiative = Żadna inicjatywa nie ma takiej krótkiej nazwy. Prosimy skopiować ją z adresu inicjatywy.
submit-feed-bad-url = Prosimy podać adres internetowy zaczynający się od https:// lub http://.
feeds-heading = Kanały
feeds-none = Brak kanałów.
feeds-status = Stan
feeds-last-fetch = Ostatnie pobranie
feeds-items = Wpisy
feeds-error = Ostatni błąd
feeds-untrusted = bez zaufania: wpisy czekają na redakcję
feeds-trusted = zaufany: wpisy publikowane od razu
feeds-trust-heading = Zaufanie
feeds-trust = Zaufaj temu kanałowi
feeds-distrust = Cofnij zaufanie temu kanałowi
feeds-trust-note = Wpisy z kanału bez zaufania czekają w kolejce moderacji. Po nadaniu kanałowi zaufania jego kolejne wpisy publikowane są od razu; wpisy, które już czekają, zostają w kolejce.
submit-feed-taken = Ten kanał ma już inna inicjatywa: kanał należy tylko do jednej inicjatywy.
kind-name-feed = Kanał
kind-name-feed-item = Wpis z kanału
moderation-from-feed = z kanału { $url }

## Recommendations through the web
submit-recommendation-title = Dodaj rekomendację
kind-name-recommendation = Rekomendacja
form-field-rec-pillar = Filar
form-field-text = Rekomendacja
form-field-issuer = Autor
form-field-year = Rok
form-field-addressee = Adresat
form-field-initiatives = Inicjatywy
form-hint-initiatives = Krótkie nazwy inicjatyw, z których pochodzi, oddzielone przecinkami.

## Media uploads by editors
media-admin-heading = Przesyłanie grafik
media-admin-intro = Grafiki do pakietu medialnego: PNG, JPEG, GIF lub WebP, do 8 MB. Każdy plik jest sprawdzany i ponownie kodowany bez metadanych, a następnie udostępniany do pobrania na stronie pakietu medialnego.
media-admin-file = Plik graficzny
media-admin-file-hint = PNG, JPEG, GIF lub WebP, do 8 MB i 8000 pikseli na bok.
media-admin-label = Co przedstawia
media-admin-submit = Prześlij
media-admin-disabled = Przesyłanie plików nie jest skonfigurowane na tym serwerze.
media-admin-list = Przesłane grafiki
media-admin-none = Nic jeszcze nie przesłano.
media-admin-missing = Prosimy wybrać obraz i opisać, co przedstawia.
media-admin-refused = Plik został odrzucony: { $reason }.
media-pack-uploads = Więcej grafik

## Figures and help services through the web
submit-statistic-title = Dodaj dane liczbowe
submit-helpline-title = Dodaj usługę pomocową
kind-name-statistic = Dane liczbowe
kind-name-helpline = Usługa pomocowa
form-field-figure = Czego dotyczy
form-field-value = Wartość
form-field-publisher = Wydawca
form-field-primary-source = Publikacja źródłowa
form-field-note = Zastrzeżenia
form-field-name = Nazwa
form-field-phone = Telefon
form-field-report-url = Gdzie zgłaszać
form-field-hours = Godziny działania
form-field-languages = Języki
form-field-notes = Uwagi
form-field-checked = Ostatnio sprawdzono
form-hint-stat-value = Liczba całkowita lub wartość w brzmieniu źródła.
form-hint-stat-year = Rok lub okres, np. 2020-2022.
form-hint-country-code = Dwuliterowy kod kraju, np. PL.
form-hint-languages = Dwuliterowe kody oddzielone przecinkami.

## Link checking
link-reported-broken = link zgłoszony jako niedziałający { $date }
links-admin-heading = Niedziałające linki
links-admin-intro = Linki zewnętrzne, które sprawdzanie linków uznało za niedziałające, według wpisu: usunięte (404, 410), nieosiągalne lub zawodzące przy kolejnych sprawdzeniach. Nic nie jest pobierane z Twojej przeglądarki; serwer sprawdza linki według harmonogramu (oraz poleceniem „sparks links check --once”).
links-admin-none = Nie znaleziono niedziałających linków.
links-admin-record = Wpis
links-admin-link = Link
links-admin-found = Wynik sprawdzenia
links-admin-since = Zgłoszony jako niedziałający
links-admin-last-success = Ostatnio działał
links-admin-never = nigdy
links-admin-edit = Edytuj
links-kind-initiative = Inicjatywa
links-kind-resource = Materiał
links-kind-news = Aktualność
links-kind-event = Wydarzenie
links-kind-statistic = Dane liczbowe
links-kind-recommendation = Rekomendacja
links-kind-helpline = Usługa pomocowa
## Terminology check (issue #16, point 7)
wording-found = „{ $written }”: wytyczne terminologiczne dziedziny zalecają „{ $preferred }”. { $reason }
wording-confirm = Zachowaj to sformułowanie i wyślij mimo to
terms-heading = Terminologia
terms-intro = Teksty pisane przez ludzi (wątki, odpowiedzi, propozycje, zmiany) są przy wysyłaniu porównywane z tą listą. Autor widzi sugestię i może zachować swoje sformułowanie; takie teksty trafiają tutaj do przejrzenia.
terms-flags-heading = Teksty wysłane z terminem z listy
terms-flags-none = Żaden tekst nie czeka na przejrzenie.
terms-flag-text = Tekst
terms-flag-terms = Terminy w pisowni autora
terms-flag-when = Kiedy
terms-flag-reviewed = Przejrzane
terms-list-heading = Terminy niezalecane
terms-remove = Usuń
terms-add-heading = Dodaj termin
terms-add = Dodaj termin
form-field-term = Termin
form-field-lang = Język
form-field-preferred = Zalecane sformułowanie
form-field-reason = Dlaczego
form-hint-term = Całe słowa; słowo zakończone * obejmuje każde słowo, które tak się zaczyna (np. pornografi*).
terms-error-exists = Ten język ma już ten termin.
terms-error-term = Wpisz co najmniej jedno słowo z co najmniej dwiema literami.
terms-error-long = Najwyżej 300 znaków.

## Content warnings (issue #16, point 8)
content-warning = Ostrzeżenie o treści
content-warning-show = (pokaż treść)
content-warning-none = Bez ostrzeżenia
content-warning-abuse-described = opisy wykorzystywania
content-warning-survivor-testimony = relacje osób, które doznały przemocy
content-warning-imagery-described = opisy materiałów przedstawiających wykorzystywanie
content-warning-self-harm = samookaleczenie lub samobójstwo
form-field-content-warning = Ostrzeżenie o treści
form-hint-content-warning = Jeśli tekst może być trudny w odbiorze, strony ukrywają go za tym ostrzeżeniem.
form-error-content-warning = Wybierz ostrzeżenie z listy.
## Own posts: edit, delete, history, quote (issue #17)
community-post-deleted = Ten wpis został usunięty przez autora.
community-quote = Cytuj
community-edit = Edytuj
community-delete = Usuń
community-history = Wcześniejsze wersje
community-edited = edytowano { $when }
community-quote-wrote = { $name } napisał(a):
post-edit-title = Edytuj swój wpis
post-edit-submit = Zapisz zmiany
post-edit-intro = W wątku „{ $thread }”. Zespół widzi wcześniejsze wersje.
post-back-to-thread = Wróć do wątku
post-delete-link = Usuń ten wpis
post-delete-title = Usunąć wpis?
post-delete-submit = Usuń wpis
post-delete-intro = Tekst zostanie usunięty na zawsze, razem z wcześniejszymi wersjami. Odpowiedzi zostają na swoim miejscu; wątek pokaże, że wpis usunięto.
post-history-heading = Wersje wpisu
post-history-back = Wróć do wpisu
post-history-current = Obecna wersja
post-history-earlier = Wcześniejsze wersje
post-history-none = Ten wpis nie był edytowany.
post-history-written = Napisane przez { $name }, { $when }
post-history-replaced = zastąpione przez { $name }, { $when }
form-field-topics = Tematy

## Newsletter choices (issue #17)
newsletter-pillars = Filary
newsletter-topics = Tematy
newsletter-choices-hint = Zaznacz, o czym chcesz czytać. Nic nie zaznaczono: wszystko.
newsletter-manage-title = Wybierz zawartość biuletynu
newsletter-manage-submit = Zapisz wybór
newsletter-manage-intro = Biuletyn wymienia nowości z zaznaczonych filarów i tematów; bez wyboru wymienia wszystko.
newsletter-manage-saved-title = Wybór zapisany
newsletter-manage-saved = Następny biuletyn uwzględni nowy wybór.
## Grupy eksperckie (zgłoszenie #17)
groups-heading = Grupy eksperckie
groups-lead = Zamknięte przestrzenie dla praktyków i badaczy. Dyskusje grupy czytają tylko jej członkowie.
groups-none = Nie ma jeszcze żadnych grup.
groups-admin-link = Zarządzaj grupami
groups-admin-heading = Grupy eksperckie: zarządzanie
groups-policy-request = Każdy potwierdzony członek może poprosić o dołączenie
groups-policy-invitation = Tylko na zaproszenie
groups-status-member = Należysz do tej grupy
groups-status-pending = Twoja prośba czeka
groups-role-member = członek
groups-role-moderator = moderator
groups-members = Członkowie
groups-leave = Opuść tę grupę
groups-pending = Twoja prośba o dołączenie czeka na moderatora. Napisałeś(-aś):
groups-ask-heading = Poproś o dołączenie
groups-ask = Wyślij prośbę
groups-statement-hint = Kilka zdań o tym, kim jesteś i dlaczego chcesz dołączyć. Czytają je moderatorzy grupy.
groups-login-to-ask = Zaloguj się, aby poprosić o dołączenie
groups-queue-link = Oczekujące prośby i zgłoszenia
groups-queue-heading = Prośby o dołączenie
groups-requests = Prośby
groups-approve = Przyjmij
groups-decline = Odrzuć
groups-reason-hint = Potrzebny do odrzucenia: członek otrzyma go e-mailem.
groups-error-reason = Napisz, dlaczego odrzucasz: członek otrzyma ten powód.
groups-keep-post = Zostaw wpis
groups-new = Nowa grupa
groups-create = Utwórz grupę
groups-public-page = Strona grupy
groups-edit = Nazwa, opis i kto może dołączyć
groups-save = Zapisz
groups-add-member = Dodaj członka lub mianuj moderatora
groups-add = Dodaj
groups-email-hint = Adres e-mail potwierdzonego konta.
groups-error-policy = Wybierz, kto może prosić o dołączenie.
groups-error-name = Nazwa musi zawierać litery lub cyfry.
groups-error-taken = Grupa o tej nazwie już istnieje.
groups-error-no-account = Żadne potwierdzone konto nie ma tego adresu.
form-field-statement = Dlaczego chcesz dołączyć
form-field-decline-reason = Powód (przy odrzuceniu)
form-field-group-description = Opis
form-field-join-policy = Kto może prosić o dołączenie
form-field-group-role = Rola w grupie
email-group-approved-subject = Witamy w grupie „{ $group }” w Sparks
email-group-approved-body = Twoja prośba o dołączenie do „{ $group }” została przyjęta. Dyskusje grupy są tutaj: { $link }
email-group-declined-subject = Twoja prośba o dołączenie do „{ $group }” w Sparks
email-group-declined-body = Moderator grupy „{ $group }” odrzucił Twoją prośbę. Powód: { $reason }  O grupie przeczytasz tutaj: { $link }
## Every fact of a record, with its sources (issue 16)
form-field-grant-id = Numer umowy o dotację
form-field-coordinator = Koordynator (organizacja)
form-field-coordinator-country = Kraj koordynatora
form-field-partner-countries = Kraje partnerów
form-field-eu-contribution-eur = Wkład UE (euro)
form-field-cordis-url = Strona CORDIS
form-field-sources = Źródła
form-field-field-sources = Źródła poszczególnych faktów
form-field-sparks-urls = Strony w dawnym serwisie Sparks
form-field-audience = Odbiorcy
form-field-organisers = Organizatorzy
form-field-also-cited-at = Cytowane także w
form-field-chat = Czat
form-yes = Tak
form-no = Nie
form-hint-lines = Jeden w wierszu.
form-hint-lines-countries = Jeden kraj w wierszu: nazwa lub dwuliterowy kod, np. PL.
form-hint-lines-urls = Jeden adres internetowy w wierszu, zaczynający się od https:// lub http://.
form-hint-field-sources = Jeden fakt w wierszu: nazwa faktu, spacja, a potem adres jego źródła (kilka adresów oddzielonych spacjami), np.: start_date https://example.org/about
form-hint-euros = Liczba całkowita w euro, same cyfry, np. 4974290.
form-hint-plain = Zwykły tekst: wyświetlany tak, jak został napisany.
form-error-line-url = Wiersz { $line }: „{ $value }” nie jest adresem internetowym (musi zaczynać się od https:// lub http://).
form-error-line-country = Wiersz { $line }: „{ $value }” nie jest znanym krajem; wpisz nazwę lub dwuliterowy kod.
form-error-line-field-source = Wiersz { $line }: „{ $value }” wymaga nazwy faktu, spacji, a potem adresu jego źródła.
form-error-whole-euros = Wpisz liczbę całkowitą w euro, same cyfry, np. 4974290.
form-error-year = Wpisz rok cyframi, np. 2024.
form-error-source-needed = Nowa inicjatywa potrzebuje co najmniej jednego źródła: adresu strony, która potwierdza jej fakty.
form-field-partners = Organizacje partnerskie
form-hint-lines-partners = Jedna organizacja w wierszu, jej nazwa; kraje partnerów wpisz w następnym polu.
fact-partners = Partnerzy
## Status na podstawie faktów i daty sprawdzenia (issue #16)
status-probably-ongoing = Prawdopodobnie w trakcie
status-probably-ongoing-since = Prawdopodobnie w trakcie (rozpoczęta w { $year }, brak daty zakończenia)
status-rule-note = „W trakcie” oznacza, że data zakończenia jeszcze nie minęła albo tak podaje źródło. Bez daty zakończenia inicjatywa rozpoczęta w ciągu ostatnich trzech lat jest pokazywana jako prawdopodobnie w trakcie, starsza jako status nieznany.
fact-status-source = Źródło statusu
form-field-status = Status podany przez źródło
form-hint-status = Tylko gdy podaje go źródło (np. strona inicjatywy informuje o jej zakończeniu). W przeciwnym razie decydują daty.
form-status-from-dates = Brak: wynika z dat
form-field-status-source = Źródło statusu
form-hint-status-source = Adres strony podającej status. Wymagany, gdy wybrano status.
checked-on = Sprawdzono { $date }
checked-never = Jeszcze nie sprawdzono
review-heading = Kolejka przeglądu
review-lead = Najpierw wpisy sprawdzane najdawniej: przede wszystkim nigdy niesprawdzone, usługi pomocowe przed pozostałymi. „Nadal aktualne” zapisuje dzisiejszą datę i Twoje imię.
review-record = Wpis
review-type = Rodzaj
review-checked = Ostatnio sprawdzono
review-actions = Działania
review-checked-by = { $date }, { $name }
review-still-correct = Nadal aktualne
review-edit = Edytuj
review-empty = Nie ma nic do przejrzenia.
review-done = Oznaczono jako sprawdzone dzisiaj.
review-type-initiative = Inicjatywa
review-type-resource = Zasób
review-type-helpline = Usługa pomocowa
review-type-statistic = Liczba
review-type-recommendation = Rekomendacja
## Notifications (/notifications, the account menu, notification emails)
nav-notifications = Powiadomienia
nav-notifications-unread = nieprzeczytane
notifications-title = Powiadomienia
notifications-unread-count = { $count ->
    [one] { $n } nieprzeczytane powiadomienie
    [few] { $n } nieprzeczytane powiadomienia
    [many] { $n } nieprzeczytanych powiadomień
   *[other] { $n } nieprzeczytanych powiadomień
}
notifications-read-all = Oznacz wszystkie jako przeczytane
notifications-none = Nie ma jeszcze powiadomień. Pojawią się tu odpowiedzi w Twoich dyskusjach, wzmianki o Tobie i decyzje w sprawie Twoich propozycji.
notifications-unread = nieprzeczytane
notifications-mark-read = Oznacz jako przeczytane
notifications-email-heading = E-mail
notifications-email-intro = Dla każdego rodzaju wybierz, czy chcesz dostać e-mail od razu, jeden e-mail dziennie z zestawieniem, czy żadnego. Na tej stronie są zawsze widoczne.
notifications-save = Zapisz wybór
notifications-saved = Twój wybór został zapisany.
notifications-read-done = Oznaczono jako przeczytane.
notifications-feed-heading = Prywatny kanał
notifications-feed-intro = Tajny adres kanału Atom z Twoimi powiadomieniami, do czytnika kanałów. Każdy, kto go zna, może czytać Twoje powiadomienia: zachowaj go dla siebie i utwórz nowy, jeśli wyciekł (stary przestanie działać).
notifications-feed-url = Adres Twojego kanału
notifications-feed-once = Skopiuj go teraz: dla Twojego bezpieczeństwa nie jest przechowywany i nie można go wyświetlić ponownie.
notifications-feed-exists = Masz prywatny kanał. Utwórz nowy adres, jeśli go zgubiłeś lub wyciekł; stary przestanie działać.
notifications-feed-create = Utwórz adres kanału
notifications-feed-regenerate = Utwórz nowy adres
notifications-feed-revoke = Wyłącz kanał
notifications-feed-revoked = Twój prywatny kanał jest wyłączony: jego adres już nie działa.
notifications-feed-title = Twoje powiadomienia Sparks
notification-kind-reply = Odpowiedź
notification-kind-reply-hint = Odpowiedź w dyskusji, którą rozpocząłeś lub w której pisałeś.
notification-kind-mention = Wzmianka
notification-kind-mention-hint = Ktoś napisał w poście @ i Twoją nazwę (spacje jako _).
notification-kind-decision = Decyzja w sprawie Twojej propozycji
notification-kind-decision-hint = Redakcja opublikowała lub odrzuciła Twoją propozycję.
notification-kind-followed = Coś, co obserwujesz
notification-kind-followed-hint = Nowość w inicjatywie, filarze, temacie, dyskusji lub wyszukiwaniu, które obserwujesz.
notification-kind-waiting = Czeka na sprawdzenie
notification-kind-waiting-hint = Dla redakcji i administratorów: czeka nowa propozycja lub zgłoszenie.
notification-delivery-immediate = E-mail od razu
notification-delivery-digest = Dzienne zestawienie
notification-delivery-off = Bez e-maila
notification-email-subject = Sparks — { $kind }: { $title }
notification-email-body = { $kind }: { $title }
    { $link }
notification-email-digest-subject = { $count ->
    [one] Sparks: { $n } powiadomienie dzisiaj
    [few] Sparks: { $n } powiadomienia dzisiaj
    [many] Sparks: { $n } powiadomień dzisiaj
   *[other] Sparks: { $n } powiadomień dzisiaj
}
notification-email-digest-intro = Twoje powiadomienia od ostatniego zestawienia:
notification-email-stop = Wyłącz e-maile tego rodzaju jednym kliknięciem: { $stop }
notification-email-settings = Wybierz, jak mamy Cię powiadamiać: { $settings }
notifications-stop-title = Wyłącz te e-maile
notifications-stop-submit = Wyłącz te e-maile
notifications-stop-intro = Koniec e-maili o: { $kind }. Nadal będą widoczne na Twojej stronie powiadomień.
notifications-stopped-title = E-maile wyłączone
notifications-stopped = Nie dostaniesz już e-maili o: { $kind }. Możesz je ponownie włączyć na stronie powiadomień.
# Following (issue #17)
follow-start = Obserwuj
follow-stop = Przestań obserwować
follow-following = Obserwujesz to.
follow-all = Wszystko, co obserwujesz
follow-kind-initiative = Inicjatywa
follow-kind-pillar = Filar
follow-kind-country = Kraj
follow-kind-topic = Temat
follow-kind-thread = Dyskusja
follow-kind-search = Zapisane wyszukiwanie
following-heading = Co obserwujesz
following-lead = Nowe wpisy, wiadomości, wydarzenia, zasoby i odpowiedzi w tym, co obserwujesz, pojawiają się w Twoich powiadomieniach.
following-none = Niczego jeszcze nie obserwujesz. Użyj przycisku Obserwuj przy inicjatywie, filarze, dyskusji albo przefiltrowanej liście lub wyszukiwaniu.
account-following-link = Co obserwujesz

## Recommendation uptake tracker (issue #19, section 2)
recs-back = Wszystkie rekomendacje
recs-pillar = Filar
recs-filter = Filtruj rekomendacje
recs-filter-any = Wszystkie
recs-filter-apply = Pokaż
recs-filter-clear = Wyczyść filtry
recs-filter-pillar = Filar
recs-filter-issuer = Autor
recs-filter-addressee = Adresat
recs-filter-country = Kraj
recs-filter-status = Wdrożenie
recs-none = Żadna rekomendacja nie pasuje do tych filtrów.
uptake-tracker-link = Monitor wdrażania
uptake-csv = Wdrożenie jako CSV
uptake-heading = Wdrożenie
uptake-caption = Na jakim etapie jest każdy adresat tej rekomendacji
uptake-addressee = Adresat
uptake-status = Stan
uptake-date = Data
uptake-note = Uwaga
uptake-timeline = Oś czasu
uptake-no-history = Nikt jeszcze nie odnotował wdrożenia: stan jest nieznany.
uptake-recorded-by = Odnotowane przez { $name }, { $when }
uptake-record-heading = Odnotuj zmianę
uptake-record = Wyślij zmianę
uptake-record-staff = Jako redaktor publikujesz zmianę od razu; pozostaje ona w historii.
uptake-record-member = Twoja zmiana wraz z dowodem trafi do redakcji przed publikacją.
uptake-log-in = Zaloguj się, aby zaproponować zmianę wraz z dowodem
uptake-proposed = Dziękujemy: Twoja zmiana czeka na redakcję.
uptake-field-addressee = Adresat
uptake-field-country = Państwo członkowskie (dwuliterowy kod)
uptake-field-status = Stan wdrożenia
uptake-field-date = Data dowodu
uptake-field-note = Krótka uwaga
uptake-field-source-url = Źródło dowodu
uptake-hint-country = Tylko dla państw członkowskich, np. PL; zostaw puste dla wszystkich państw członkowskich.
uptake-hint-date = Dzień, w którym stan był aktualny, np. 2025-03-31. Puste oznacza dzisiaj.
uptake-hint-note = Co zrobiono, w jednym lub dwóch zdaniach.
uptake-hint-source = Wymagane, chyba że stan to „Nierozpoczęte” lub „Nieznany”: strona, która to pokazuje.
uptake-error-source = Podaj adres strony, która pokazuje ten stan.
uptake-error-future = Data nie może być w przyszłości.
uptake-error-date = Wpisz dzień, np. 2025-03-31.
uptake-error-country = Wpisz dwuliterowy kod kraju, np. PL.
uptake-error-country-kind = Kraj podaje się tylko dla państw członkowskich: wybierz „Państwa członkowskie” albo zostaw kraj pusty.
uptake-error-note = Użyj najwyżej 1000 znaków.
uptake-error-url = Wpisz adres internetowy zaczynający się od https:// lub http://.
uptake-status-not-started = Nierozpoczęte
uptake-status-in-progress = W toku
uptake-status-implemented = Wdrożone
uptake-status-partly-implemented = Wdrożone częściowo
uptake-status-rejected = Odrzucone
uptake-status-unknown = Nieznany
uptake-addressee-eu = Instytucje UE
uptake-addressee-member-states = Państwa członkowskie
uptake-addressee-industry = Platformy i przemysł
uptake-addressee-practitioners = Praktycy
uptake-addressee-civil-society = Społeczeństwo obywatelskie
uptake-addressee-all = Wszyscy zainteresowani
uptake-addressee-country = Państwo członkowskie: { $country }
uptake-tracker-title = Monitor wdrażania rekomendacji
uptake-tracker-heading = Kto wdrożył rekomendacje
uptake-tracker-lead = Każdy wiersz to kluczowa rekomendacja, każda kolumna jeden z jej adresatów, państwa członkowskie osobno. Każda komórka pokazuje ostatnio odnotowany stan, kolorem i znakiem.
uptake-tracker-caption = Stan wdrożenia według rekomendacji i adresata
uptake-legend = Legenda
uptake-not-addressed = Nie dotyczy
uptake-recommendation = Rekomendacja
uptake-totals = Sumy
uptake-totals-caption = Liczba rekomendacji według stanu i adresata
uptake-total = Razem
uptake-produced-by = Opracowana przez
uptake-acted-on-by = Wdrażana przez
uptake-links-heading = Powiązane inicjatywy i materiały
uptake-link = Powiąż
uptake-unlink = Usuń
uptake-field-relation = Relacja
uptake-field-kind = Rodzaj
uptake-field-target = Identyfikator inicjatywy lub materiału
uptake-hint-target = Ostatnia część adresu, np. arica.
uptake-error-target = Żadna inicjatywa ani materiał tego rodzaju nie ma takiego identyfikatora.
uptake-initiative-produced-by = Opracowane przez nią rekomendacje
uptake-initiative-acted-on-by = Rekomendacje, które wdraża
kind-name-uptake = Zmiana stanu wdrożenia
## Site: navigation, compact header, contact, privacy, accessibility (issue #19, section 3)
header-menu = Menu
header-search-link = Szukaj
footer-nav-label = O tym serwisie
footer-campaigns = Kampanie
footer-media-pack = Materiały prasowe
footer-support = Wesprzyj nas
footer-join = Dołącz do społeczności
footer-contact = Kontakt
footer-privacy-notice = Prywatność
footer-accessibility = Dostępność
home-invite-heading = Włącz się
home-invite-join-text = Dołącz do społeczności: zgłaszaj inicjatywy, materiały i wydarzenia oraz rozmawiaj z praktykami o przeciwdziałaniu wykorzystywaniu seksualnemu dzieci.
home-invite-join = Dołącz do { $site }
home-invite-support-text = { $site } jest bezpłatny i niezależny. Wsparcie pozwala utrzymać go w sieci, sprawdzony i przetłumaczony.
home-invite-support = Wesprzyj { $site }
duration-hours = { $count ->
    [one] { $n } godzina
    [few] { $n } godziny
    [many] { $n } godzin
   *[other] { $n } godziny
}
duration-minutes = { $count ->
    [one] { $n } minuta
    [few] { $n } minuty
    [many] { $n } minut
   *[other] { $n } minuty
}
contact-title = Kontakt
contact-submit = Wyślij wiadomość
contact-intro = Napisz do osób prowadzących { $site }: pytanie, poprawka, napotkana bariera, propozycja.
contact-help-first = Jeśli ty lub dziecko potrzebujecie pomocy teraz, nie czekaj na odpowiedź: strona pomocy podaje numery alarmowe i telefony zaufania.
contact-email-hint = Potrzebujemy go, aby ci odpowiedzieć, i nie używamy go do niczego innego.
contact-privacy-link = Co dzieje się z twoją wiadomością
contact-sent-title = Wiadomość wysłana
contact-sent = Dziękujemy. Twoja wiadomość jest w drodze do osób prowadzących serwis; odpowiedzą na podany adres.
contact-back-home = Powrót na stronę główną
form-field-subject = Temat
form-field-message = Wiadomość
privacy-title = Informacja o prywatności
privacy-description = Co { $site } przechowuje o tobie, dlaczego, jak długo i jak korzystać ze swoich praw.
privacy-lead = Ta informacja mówi, co { $site } przechowuje, dlaczego i jak długo, oraz jak korzystać ze swoich praw. Powstaje z ustawień, z którymi działa ten serwis, więc podane okresy są tymi, które stosuje.
privacy-no-tracking = Osoby niezalogowane nie dostają żadnego pliku cookie, a żadna strona nie wczytuje niczego z innych serwisów: żadnych statystyk, czcionek, map ani osadzonych filmów.
privacy-data-heading = Co jest przechowywane, dlaczego i jak długo
privacy-why = Dlaczego
privacy-how-long = Jak długo
privacy-visitors-what = Osoby odwiedzające bez logowania
privacy-visitors-why = Nie przechowujemy o tobie nic poza dziennikiem serwera (poniżej): strony są dla wszystkich takie same, a wybór języka jest zapisany w adresie, nie w pliku cookie.
privacy-visitors-how-long = Nie ma czego przechowywać.
privacy-logs-what = Dzienniki serwera: metoda, ścieżka (nigdy szukane słowa ani inny tekst zapytania), status i czas każdego żądania; przy zdarzeniach bezpieczeństwa (logowania, odrzucone formularze, limity) adres sieciowy
privacy-logs-why = Aby serwis działał, aby znajdować usterki i powstrzymywać nadużycia.
privacy-logs-how-long = Tak długo, jak operatorzy przechowują dzienniki serwera; samo oprogramowanie nigdy nie zapisuje w nich haseł, tokenów ani identyfikatorów sesji.
privacy-account-what = Konta członków: adres e-mail, nazwa wyświetlana, hasło (tylko jako skrót argon2id), organizacja, kraj, specjalizacja, filary, które z nich pokazuje twój profil, oraz drugi składnik, jeśli go włączysz (zapieczętowany kluczem serwisu)
privacy-account-why = Aby prowadzić twoje konto i pokazywać profil, który zdecydujesz się upublicznić; adres e-mail nigdy nie pojawia się na stronie.
privacy-account-how-long = Do usunięcia konta.
privacy-session-what = Sesje: jeden plik cookie z losowym identyfikatorem; baza danych przechowuje tylko jego skrót
privacy-session-why = Aby utrzymać zalogowanie. Plik cookie powstaje dopiero przy logowaniu.
privacy-session-how-long = Sesja kończy się po { $idle } bez użycia ({ $staff } dla redakcji i administracji), najpóźniej { $absolute } po zalogowaniu, a także po wylogowaniu lub zmianie hasła.
privacy-tokens-what = Linki wysyłane e-mailem (potwierdzenie adresu, wybór nowego hasła, potwierdzenie newslettera); przechowywany jest tylko ich skrót
privacy-tokens-why = Aby sprawdzić, że adres należy do ciebie.
privacy-tokens-how-long = Rejestracja: { $join }; nowe hasło: { $reset }; newsletter: { $newsletter }. Potem link przestaje działać.
privacy-posts-what = To, co piszesz: dyskusje, odpowiedzi, zgłoszenia, propozycje i wcześniejsze wersje edytowanych wpisów
privacy-posts-why = Dyskusje społeczności i moderacja tego, co jest publikowane.
privacy-posts-how-long = Do usunięcia wpisu. Po usunięciu konta twoje wpisy zostają, bez twojego imienia.
privacy-notifications-what = Powiadomienia, to, co obserwujesz, twoje ustawienia e-maili i język twoich e-maili
privacy-notifications-why = Aby informować cię o odpowiedziach, wzmiankach i nowych wpisach, które obserwujesz.
privacy-notifications-how-long = Do usunięcia konta; każdy e-mail ma link, aby je wyłączyć.
privacy-newsletter-what = Subskrybenci newslettera: adres e-mail, wybrane filary i tematy oraz data potwierdzenia subskrypcji
privacy-newsletter-why = Aby wysyłać przegląd nowości.
privacy-newsletter-digest-every = W tym serwisie wychodzi co { $every }.
privacy-newsletter-digest-manual = W tym serwisie operatorzy wysyłają go ręcznie.
privacy-newsletter-how-long = Do wypisania się, jednym kliknięciem w linku w każdym wydaniu; przed twoim potwierdzeniem nic nie jest wysyłane.
privacy-contact-what = Wiadomości z formularza kontaktowego: imię, adres do odpowiedzi, temat i treść
privacy-contact-why = Aby ci odpowiedzieć.
privacy-contact-how-long = Serwis ich nie przechowuje: każda wiadomość trafia e-mailem do operatorów i opuszcza kolejkę po wysłaniu.
privacy-mail-smtp = Ten serwis przekazuje pocztę do serwera pocztowego operatorów.
privacy-mail-outbox = Ten serwis nie ma skonfigurowanego serwera pocztowego: e-maile są zapisywane jako pliki w folderze wychodzącym serwera, dla operatorów.
privacy-mail-what = E-maile czekające na wysłanie: adres, temat i treść
privacy-mail-why = Aby doręczyć powyższe e-maile i ponowić próbę, gdy serwer pocztowy nie działa.
privacy-mail-how-long = Usuwane po wysłaniu; po { $attempts } nieudanych próbach e-mail zostaje zachowany jako nieudany, aby operatorzy mogli go sprawdzić.
privacy-uploads-what = Obrazy przesłane przez redakcję do materiałów prasowych, przekodowane bez metadanych (miejsce, aparat, autor).
privacy-uploads-bucket = Są przechowywane w magazynie zgodnym z S3 operatorów.
privacy-uploads-local = Są przechowywane w folderze danych serwera.
privacy-uploads-why = Aby udostępnić je do pobrania.
privacy-uploads-how-long = Do usunięcia przez redakcję.
privacy-audit-what = Dziennik zmian: kto zmienił który wpis, kiedy, oraz wcześniejsza wersja
privacy-audit-why = Aby każdy opublikowany fakt dało się prześledzić i przywrócić.
privacy-audit-how-long = Tak długo jak wpis; wpisy usuniętego konta już go nie wymieniają.
privacy-backups-what = Kopie zapasowe: kopie całej bazy danych i przesłanych plików
privacy-backups-why = Aby przywrócić serwis po awarii.
privacy-backups-how-long = Tak długo, jak operatorzy przechowują każdą kopię; usunięte dane znikają z kopii, gdy starsze kopie są zastępowane.
privacy-rights-heading = Twoje prawa i jak z nich korzystać
privacy-rights-intro = Zgodnie z ogólnym rozporządzeniem o ochronie danych (RODO) możesz wglądać w dane o sobie, poprawiać je i usuwać oraz sprzeciwić się ich wykorzystaniu. Większość zrobisz sam lub sama:
privacy-right-access = Zobacz wszystko, co jest przechowywane o twoim koncie, jako plik:
privacy-right-access-link = eksportuj swoje dane
privacy-right-rectify = Popraw swoje dane i wybierz, co pokazuje twój profil:
privacy-right-rectify-link = twoje konto
privacy-right-erase = Usuń swoje konto:
privacy-right-erase-link = usuń konto
privacy-right-unsubscribe = Wypisz się z newslettera linkiem z dowolnego wydania albo tutaj:
privacy-right-unsubscribe-link = newsletter
privacy-right-notifications = Wyłącz e-maile z powiadomieniami:
privacy-right-notifications-link = twoje powiadomienia
privacy-right-other = W każdej innej sprawie (pytanie o twoje dane, sprzeciw, subskrypcja, do której nie masz dostępu) napisz do nas:
privacy-right-other-link = kontakt
privacy-right-complain = Możesz też złożyć skargę do organu ochrony danych w swoim kraju.
a11y-title = Deklaracja dostępności
a11y-description = Na ile { $site } jest dostępny, co jeszcze nie jest i jak zgłosić nam barierę.
a11y-lead = { $site } chce, aby jego strona była dostępna dla wszystkich, zgodnie z dyrektywą (UE) 2016/2102. Ta deklaracja dotyczy { $address }.
a11y-status-heading = Status pod względem zgodności
a11y-status-partial = Ta strona internetowa jest częściowo zgodna z wytycznymi dotyczącymi dostępności treści internetowych (WCAG) 2.1, poziom AA, z powodu niezgodności wymienionych poniżej.
a11y-gaps-heading = Treści niedostępne
a11y-gaps-intro = Następujące treści nie są jeszcze w pełni dostępne:
a11y-gap-charts = Wykresy na stronach z danymi i panoramą są obrazami rysowanymi przez serwer: czytnik ekranu nie może ich eksplorować. Obok każdego wykresu jest tabela z tymi samymi liczbami i plik CSV.
a11y-gap-languages = Wpisy, wiadomości z kanałów inicjatyw i usługi pomocowe są pokazywane w języku źródła, nie zawsze w języku strony; ich język jest oznaczony, gdy jest znany.
a11y-gap-member-texts = Teksty pisane przez członków i redakcję mogą nie mieć nagłówków lub opisów linków, których nie możemy sprawdzić automatycznie.
a11y-gap-linked = Dokumenty i strony, do których prowadzą nasze linki (raporty projektów, pliki PDF, strony innych organizacji), nie zależą od nas i mogą nie być dostępne.
a11y-gap-audit = Nie przeprowadzono jeszcze pełnego audytu przez niezależnego eksperta; automatyczne testy wykrywają tylko część możliwych problemów.
a11y-preparation-heading = Przygotowanie deklaracji
a11y-preparation-date = Deklarację przygotowano na podstawie testów ostatnio przejrzanych { $date }.
a11y-preparation-method = Metoda: samoocena. Każdy rodzaj strony jest sprawdzany w prawdziwej przeglądarce narzędziem axe-core według WCAG 2.1 A i AA, pod kątem obsługi samą klawiaturą (najpierw link pomijania i szybkie wyjście), na ekranie szerokości 320 pikseli bez przewijania w poziomie oraz bez JavaScriptu.
a11y-feedback-heading = Informacje zwrotne i dane kontaktowe
a11y-feedback-text = Jeśli napotkasz barierę albo potrzebujesz treści w innym formacie, daj nam znać, a odpowiemy:
a11y-feedback-link = formularz kontaktowy
a11y-enforcement-heading = Procedura wnioskowo-skargowa
a11y-enforcement-text = Jeśli nasza odpowiedź cię nie zadowala, możesz zwrócić się do organu, który nadzoruje dostępność stron internetowych w twoim kraju. Komisja Europejska publikuje ich listę:
a11y-enforcement-link = dostępność stron internetowych w UE
# Campaigns and their communication kits (issue #19)
nav-campaigns = Kampanie
campaigns-title = Kampanie
campaigns-heading = Kampanie i pakiety komunikacyjne
campaigns-lead = Kluczowe przesłania, wpisy do udostępnienia i grafiki na dni tematyczne i dla samego Sparks, w każdym języku serwisu. Skopiuj je, udostępnij lub pobierz cały pakiet.
campaigns-new = Utwórz kampanię
campaigns-none = Nie ma jeszcze kampanii.
campaign-draft = Wersja robocza: tę kampanię widzi tylko zespół.
campaign-languages = Także w językach:
campaign-kit-download = Pobierz cały pakiet (zip: grafiki, wpisy, e-mail i tekst prasowy)
campaign-edit = Edytuj tę kampanię
campaign-messages = Kluczowe przesłania
campaign-hashtags = Hashtagi
campaign-short-posts = Krótkie wpisy (X, Bluesky, Mastodon)
campaign-long-posts = Długie wpisy (LinkedIn, Facebook, blog)
campaign-email = E-mail lub newsletter
campaign-email-subject = Temat:
campaign-press = Tekst prasowy
campaign-initiatives = Inicjatywy, które za nią stoją
campaign-resources = Materiały
campaign-events = Wydarzenia
campaign-cta = Wezwanie do działania
campaign-format-banner-1200x630 = Baner
campaign-format-banner-1080x1080 = Wpis kwadratowy
campaign-format-story-1080x1920 = Relacja (story)
campaign-format-wordmark = Logotyp
campaign-graphic-alt = { $site }: { $slogan }. { $title }. { $hashtags }
campaign-form-title = Kampania
campaign-form-submit = Zapisz jako wersję roboczą
campaign-publish = Opublikuj
campaign-form-intro = Napisz kampanię w każdym jej języku (pusty język zostanie pominięty). Zapisz wersję roboczą, aby zobaczyć tu jej grafiki i jej stronę przed publikacją.
campaign-status-published = Opublikowana: odwiedzający widzą tę kampanię.
campaign-status-draft = Wersja robocza: do publikacji tę kampanię widzi tylko zespół.
campaign-see-page = Zobacz stronę kampanii
campaign-field-slug = Adres (slug)
campaign-field-pillars = Filary
campaign-field-starts-on = Pierwszy dzień
campaign-field-ends-on = Ostatni dzień
campaign-field-hashtags = Hashtagi
campaign-field-cta = Wezwanie do działania
campaign-field-source-url = Źródło
campaign-field-initiatives = Inicjatywy
campaign-field-resources = Materiały
campaign-field-events = Wydarzenia
campaign-field-title = Tytuł
campaign-field-slogan = Hasło
campaign-field-summary = Streszczenie
campaign-field-messages = Kluczowe przesłania
campaign-field-cta-label = Tekst wezwania do działania
campaign-field-short-posts = Krótkie wpisy
campaign-field-long-posts = Długie wpisy
campaign-field-email-subject = Temat e-maila
campaign-field-email-body = Treść e-maila
campaign-field-press = Tekst prasowy
campaign-hint-slug = Małe litery, cyfry i łączniki: /campaigns/ten-adres.
campaign-hint-hashtags = Oddzielone spacjami, każdy zaczyna się od #.
campaign-hint-cta = Ścieżka w tym serwisie, np. /join, /help, /support lub /resources/material.
campaign-hint-initiatives = Jeden slug w wierszu, jak w /initiatives/slug.
campaign-hint-resources = Jeden slug w wierszu, jak w /resources/slug.
campaign-hint-events = Jeden slug w wierszu, jak w /events/slug.
campaign-hint-messages = Jedno przesłanie w wierszu.
campaign-hint-short-posts = Pusta linia między wpisami; najwyżej 280 znaków razem z hashtagami.
campaign-hint-long-posts = Linia zawierająca tylko --- między wpisami.
campaign-error-short-post = Ten wpis jest za długi razem z hashtagami (najwyżej 280 znaków).
campaign-error-language = Napisz kampanię w co najmniej jednym języku.
campaign-error-slug = Użyj małych liter, cyfr i łączników (najwyżej 80).
campaign-error-date = Wpisz datę jako RRRR-MM-DD (ostatni dzień nie przed pierwszym).
campaign-error-hashtags = Każdy hashtag zaczyna się od # i nie ma spacji.
campaign-error-cta = Wpisz ścieżkę w tym serwisie, zaczynającą się od /.
campaign-error-source = Wpisz adres zaczynający się od https://.
campaign-error-unknown = Pod { $slug } nic nie znaleziono.
campaign-error-slug-taken = Inna kampania ma ten adres.
media-campaign-heading = Kampania platformy
media-campaign-lead = Pakiet startowy Sparks: kluczowe przesłania, wpisy i grafiki w każdym języku, generowane z jego słów.
media-campaign-link = Otwórz kampanię startową Sparks

# Campaign proposals by members
campaigns-propose = Zaproponuj kampanię
campaign-propose-title = Zaproponuj kampanię
campaign-propose-submit = Wyślij do sprawdzenia
campaign-propose-intro = Napisz kampanię i jej pakiet w każdym języku, w którym potrafisz (pusty język zostanie pominięty). Redakcja sprawdzi ją wraz z grafikami przed publikacją.
