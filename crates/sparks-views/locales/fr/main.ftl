## Sparks interface messages: French.
## Messages whose id ends in -html contain markup and are inserted unescaped: they must
## never take arguments.

## Frame
skip-link = Aller au contenu principal
quick-exit = Sortie rapide
quick-exit-hint = (quitter ce site immédiatement ; au clavier, appuyez trois fois sur Maj)
quick-exit-press-two = Maj : appuyez encore 2 fois pour quitter.
quick-exit-press-one = Maj : appuyez encore une fois pour quitter.
site-tagline = ensemble contre les abus sexuels sur enfants
nav-label = Navigation principale
nav-home = Accueil
nav-initiatives = Initiatives
nav-pillars = Piliers
nav-about = À propos
nav-help = Aide
language-switcher = Langue
footer-need-help = Besoin d'aide maintenant ?
footer-helplines = Lignes d'écoute et où signaler des abus
footer-emergency = En cas d'urgence, appelez le 112.
footer-about = À propos de { $site }
footer-api = API de données ouvertes
footer-privacy = { $site } ne dépose aucun cookie chez les visiteurs et ne charge rien depuis d'autres sites.
search-button = Rechercher
breadcrumb-label = Fil d'Ariane

## Labels
label-status = Statut
label-programme = Programme
label-pillars = Piliers
label-countries = Pays
label-website = Site web
initiatives-count = { $count ->
    [one] { $n } initiative
   *[other] { $n } initiatives
}

## Home
home-title = Lutter contre les abus sexuels sur enfants en Europe
home-description = Les initiatives qui préviennent les abus sexuels et l'exploitation sexuelle des enfants, les détectent et en mènent les enquêtes, et soutiennent les victimes et les survivants.
home-heading = Tout ce que l'Europe fait contre les abus sexuels sur enfants, en un seul endroit
home-lead = Sparks rassemble les initiatives qui préviennent les abus sexuels et l'exploitation sexuelle des enfants, les détectent et en mènent les enquêtes, et soutiennent les victimes et les survivants : qui fait quoi, avec quel financement, où, et avec quels résultats. Les nouveaux projets peuvent ainsi s'appuyer sur les travaux antérieurs au lieu de repartir de zéro.
home-search-label = { $count ->
    [one] Rechercher dans le répertoire ({ $n } initiative)
   *[other] Rechercher dans le répertoire ({ $n } initiatives)
}
home-pillars-heading = Les trois piliers
home-by-programme = Par programme de financement
home-by-country = Par pays
home-all-countries = Tous les pays du répertoire
home-latest = Derniers ajouts
home-see-recent = Voir tous les ajouts récents

## Directory
directory-title = Initiatives
directory-description = Répertoire des initiatives contre les abus sexuels et l'exploitation sexuelle des enfants.
directory-heading-pillar = Initiatives : { $pillar }
directory-title-matching = { $title } – recherche « { $q } »
directory-title-page = { $title }, page { $page }
directory-search-label = Rechercher des initiatives
directory-sort-label = Trier par
directory-apply = Appliquer
directory-filters-in-use = Filtres appliqués
directory-remove-filter = retirer ce filtre
directory-clear-all = Retirer tous les filtres
directory-no-results = Aucune initiative ne correspond. Essayez avec moins de filtres ou d'autres mots.
directory-results = Résultats
directory-as-json = Cette liste au format JSON
directory-filter-heading = Filtrer
directory-summary-all = { $count ->
    [one] { $n } initiative
   *[other] { $n } initiatives
}
directory-summary-match = { $count ->
    [one] { $n } initiative correspond
   *[other] { $n } initiatives correspondent
}
directory-summary-page = { $summary } · page { $page } sur { $pages }
filter-active = { $facet } : { $value }
filter-text = Texte
facet-pillar = Pilier
facet-status = Statut
facet-programme = Programme
facet-kind = Type d'initiative
facet-country = Pays
facet-year = Année de début
facet-topic = Thème
facet-show-choices = { $count ->
    [one] Afficher { $n } choix
   *[other] Afficher { $n } choix
}
facet-selected = sélectionné, suivre le lien pour le retirer
sort-name = Nom (A–Z)
sort-newest = Date de début (les plus récentes d'abord)
sort-recent = Ajouts récents
pagination-label = Pages
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-page = Page

## Dates
date-range = { $start } – { $end }
date-from = début : { $start }
date-until = fin : { $end }
date-month-year = { $month } { $year }
date-day-month-year = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-1-of = janvier
month-2-of = février
month-3-of = mars
month-4-of = avril
month-5-of = mai
month-6-of = juin
month-7-of = juillet
month-8-of = août
month-9-of = septembre
month-10-of = octobre
month-11-of = novembre
month-12-of = décembre

## Profile
profile-key-facts = L'essentiel
profile-as-source-says = Selon les termes de la source :
profile-topics = Thèmes
profile-notes = Remarques sur les informations
profile-sources = Sources
profile-no-sources = Aucune source n'est encore enregistrée.
profile-sources-per-fact = Sources par information
profile-former-site = Sur l'ancien site Sparks in the Dark
profile-as-json = Ce profil au format JSON
fact-kind = Type
fact-programme = Programme
fact-grant = Convention de subvention
fact-start = Début
fact-end = Fin
fact-status = Statut
fact-coordinator = Coordinateur
fact-eu-contribution = Contribution de l'UE
field-funding_programme = Financement
field-start_date = Début
field-end_date = Fin
field-dates = Dates
field-grant_id = Convention de subvention
field-eu_contribution_eur = Contribution de l'UE
field-coordinator = Coordinateur
field-consortium = Partenaires
field-partners = Partenaires
field-cordis_url = CORDIS
field-website = Site web
field-description = Description

## Pillars
pillar-prevention = Prévention
pillar-detection-investigation = Détection et enquêtes
pillar-victim-support = Soutien aux victimes et aux survivants
pillar-prevention-description = Empêcher les abus avant qu'ils ne se produisent : sensibilisation et éducation, aide aux personnes inquiètes de leurs propres pensées sexuelles, services en ligne plus sûrs.
pillar-detection-investigation-description = Repérer les abus et les personnes qui les commettent : lignes de signalement, outils pour la police et les entreprises, identification des victimes dans les contenus d'abus sexuels sur enfants.
pillar-victim-support-description = Aider les enfants et les adultes survivants : justice adaptée aux enfants, Barnahus, thérapie, retrait des contenus d'abus, parole des survivants.
pillar-all-initiatives = { $count ->
    [one] { $n } initiative dans ce pilier
   *[other] Les { $n } initiatives de ce pilier
}
pillar-others = Autres piliers
pillar-who-funds = Qui finance ce travail
pillar-where = Où ce travail est mené
pillar-initiatives = Initiatives
pillar-see-all = { $count ->
    [one] Voir dans le répertoire
   *[other] Voir les { $n } dans le répertoire
}

## Programmes
programme-isf-police = ISF-Police
programme-isec = ISEC
programme-horizon-2020 = Horizon 2020
programme-horizon-europe = Horizon Europe
programme-digital-europe = DIGITAL (Europe numérique)
programme-safer-internet = Programme pour un internet plus sûr
programme-cerv = CERV / Daphne
programme-eu4health = EU4Health
programme-erasmus-plus = Erasmus+
programme-other-eu = Autre financement de l'UE
programme-council-of-europe = Conseil de l'Europe
programme-international = Partenariat international
programme-national = Financement public national
programme-private = Privé / fondation
programme-unknown = Non renseigné

## Statuses
status-ongoing = En cours
status-completed = Terminée
status-planned = Prévue
status-unknown = Statut inconnu

## Kinds
kind-project = Projet
kind-project-series = Série de projets
kind-programme = Programme
kind-network = Réseau
kind-organisation = Organisation
kind-tool = Outil
kind-intervention = Intervention
kind-database = Base de données
kind-non-eu-initiative = Initiative hors financement de l'UE

## About
about-title = À propos de { $site }
about-description = Ce qu'est Sparks, d'où il vient et comment ses informations sont tenues.
about-heading = À propos de { $site }
about-lead = Sparks est la carte commune du travail contre les abus sexuels et l'exploitation sexuelle des enfants (CSAE) en Europe et au-delà.
about-why = { $count ->
    [one] L'Union européenne et bien d'autres financent des projets qui préviennent les abus, les détectent et en mènent les enquêtes, et soutiennent les victimes et les survivants. Leurs résultats sont dispersés sur des sites de projet qui ferment à la fin du financement, si bien que les nouveaux projets repartent trop souvent de zéro. Sparks réunit l'ensemble du paysage en un seul endroit : { $n } initiative à ce jour, avec son financement, ses partenaires, ses pays, ses piliers et les sources de chaque information.
   *[other] L'Union européenne et bien d'autres financent des projets qui préviennent les abus, les détectent et en mènent les enquêtes, et soutiennent les victimes et les survivants. Leurs résultats sont dispersés sur des sites de projet qui ferment à la fin du financement, si bien que les nouveaux projets repartent trop souvent de zéro. Sparks réunit l'ensemble du paysage en un seul endroit : { $n } initiatives à ce jour, chacune avec son financement, ses partenaires, ses pays, ses piliers et les sources de chaque information.
}
about-origin-heading = D'où vient Sparks
about-origin-html = Sparks prend la suite de <a href="https://sparksinthedark.net/">Sparks in the Dark</a>, le site lancé par le projet ARICA et administré par la Plateforme polonaise pour la sécurité intérieure (PPHS).
about-facts-heading = Comment les informations sont tenues
about-facts = Chaque information provient d'une source publique, vers laquelle renvoie la page de l'initiative. Lorsqu'une information n'a pas pu être confirmée, le champ reste vide plutôt que d'être rempli au hasard. Le financement est indiqué à la fois dans les termes de la source et sous un programme normalisé, afin que le répertoire puisse être filtré selon ce critère. Chaque fiche indique quand ses informations ont été vérifiées pour la dernière fois ; l'équipe les confirme ou les corrige dans une file de relecture, la vérification la plus ancienne et les services d'aide en premier. Un vérificateur de liens visite depuis le serveur chaque adresse externe affichée, et les pages signalent les liens qu'il a trouvés cassés. Une initiative n'est présentée comme en cours que si sa date de fin est à venir ou si une source l'indique. Les textes rédigés sont comparés aux lignes directrices terminologiques du domaine (les Lignes directrices de Luxembourg).
about-words-heading = Les mots que nous employons
about-words = Nous écrivons « contenus d'abus sexuels sur enfants » (CSAM), jamais « pédopornographie » : ces images sont la trace des abus subis par un enfant.
about-privacy-heading = Confidentialité
about-privacy = Les visiteurs qui ne se connectent pas ne reçoivent aucun cookie. Aucune page ne charge quoi que ce soit depuis un autre site : ni polices, ni outils de mesure d'audience, ni cartes, ni vidéos intégrées.
about-open-data-heading = Données ouvertes
about-open-data-html = Tout le contenu du répertoire est disponible via l'<a href="/api/v1/openapi.json">API JSON</a>.

## Help
help-title = Obtenir de l'aide et signaler
help-description = Lignes d'écoute pour enfants, lignes de signalement et aide pour les personnes inquiètes de leurs propres pensées.
help-heading = Obtenir de l'aide et signaler
help-emergency-html = Si un enfant est en danger immédiat, appelez le numéro d'urgence <strong>112</strong> (partout dans l'UE).
help-children-heading = Pour les enfants et les jeunes
help-children-html = Le <strong>116 111</strong> est le numéro des lignes d'écoute pour enfants dans toute l'Union européenne : gratuit, confidentiel, et vous y trouverez des personnes formées à l'écoute. La plupart des pays proposent aussi un chat ; voir la <a href="https://childhelplineinternational.org/helplines/">liste des lignes d'écoute de Child Helpline International</a>.
help-report-heading = Signaler des contenus d'abus sexuels sur enfants en ligne
help-report-html = Les lignes de signalement reçoivent les signalements de façon anonyme et travaillent avec la police et les fournisseurs de services pour faire retirer les contenus. Vous trouverez la ligne de votre pays dans le <a href="https://www.inhope.org/EN/articles/report-to-a-hotline">réseau INHOPE</a>.
help-thoughts-heading = Si vos propres pensées sexuelles envers des enfants vous inquiètent
help-thoughts-html = Une aide confidentielle existe, et elle est efficace. <a href="https://www.stopitnow.org.uk/">Stop It Now</a> et <a href="https://troubled-desire.com/">Troubled Desire</a> proposent un soutien anonyme en plusieurs langues.
help-leave-heading = Quitter rapidement ce site
help-leave = Le lien « Sortie rapide », en haut de chaque page, vous mène immédiatement vers un site neutre. Si JavaScript est activé, appuyer trois fois de suite sur la touche Maj fait de même, où que vous soyez sur la page, même en cours de saisie ; la touche Échap aussi, sauf dans un champ de formulaire, pour que rien de ce que vous écrivez ne soit perdu. Ce site est alors remplacé dans l'historique de votre navigateur.

## Errors
error-not-found-heading = Page introuvable
error-bad-request-heading = Cette adresse contient une erreur
error-forbidden-heading = Non disponible
error-method-heading = Non autorisé
error-generic-heading = Une erreur s'est produite
error-detail-not-found = Il n'y a rien à cette adresse. La page a peut-être été déplacée ou supprimée.
error-detail-bad-parameter = Le paramètre « { $name } » a une valeur inutilisable : { $message }
error-detail-forbidden = Cette page n'est pas accessible d'ici.
error-detail-method = Cette adresse n'accepte pas ce type de requête.
error-detail-too-large = La requête est trop volumineuse.
error-detail-server = Une erreur s'est produite de notre côté. Veuillez réessayer dans un instant.
error-detail-generic = La requête n'a pas pu être traitée.
error-go-home-before = Pour continuer :
error-home-link = la page d'accueil
error-directory-link = le répertoire des initiatives
error-code = Erreur { $status }

## About: who runs Sparks, the pillars, taking part
about-who-heading = Qui gère Sparks
about-who = Sparks est administré par la Polish Platform for Homeland Security (PPHS), qui a assuré la communication du projet ARICA et coordonne le projet 2PS.
about-pillars-heading = Les trois piliers
about-pillars = Tout ce qui figure sur Sparks est classé selon les trois piliers de la stratégie de l’UE en faveur d’une lutte plus efficace contre les abus sexuels commis contre des enfants :
about-join-heading = Comment participer
about-join-support = Soutenir Sparks
about-join-support-text = le site est financé par les dons ; voyez à quoi sert l’argent.
about-join-media = Kit média
about-join-media-text = logos, visuels et messages suggérés pour faire connaître Sparks.
about-join-data = Données ouvertes
about-join-data-text = réutilisez le répertoire et tout le reste grâce à l’API JSON.
about-join-members = Les comptes de membres, pour proposer des initiatives, des ressources et des événements et en discuter, sont la prochaine étape de Sparks.

## Countries
country-AT = Autriche
country-BE = Belgique
country-BG = Bulgarie
country-HR = Croatie
country-CY = Chypre
country-CZ = Tchéquie
country-DK = Danemark
country-EE = Estonie
country-FI = Finlande
country-FR = France
country-DE = Allemagne
country-GR = Grèce
country-HU = Hongrie
country-IE = Irlande
country-IT = Italie
country-LV = Lettonie
country-LT = Lituanie
country-LU = Luxembourg
country-MT = Malte
country-NL = Pays-Bas
country-PL = Pologne
country-PT = Portugal
country-RO = Roumanie
country-SK = Slovaquie
country-SI = Slovénie
country-ES = Espagne
country-SE = Suède
country-GB = Royaume-Uni
country-IS = Islande
country-NO = Norvège
country-CH = Suisse
country-LI = Liechtenstein
country-US = États-Unis
country-CA = Canada
country-AU = Australie
country-NZ = Nouvelle-Zélande
country-RS = Serbie
country-UA = Ukraine
country-MD = Moldavie
country-ME = Monténégro
country-AL = Albanie
country-AM = Arménie
country-AZ = Azerbaïdjan
country-GE = Géorgie
country-RU = Russie
country-PH = Philippines
country-TH = Thaïlande
country-GY = Guyana
country-BA = Bosnie-Herzégovine
country-MK = Macédoine du Nord
country-TR = Turquie
country-BY = Biélorussie

## Content hub: shared
nav-resources = Ressources
nav-news = Actualités
nav-events = Événements
nav-recommendations = Recommandations
nav-response = Chiffres
label-type = Type
label-published = Publié
label-by = Par
label-language = Langue
label-source = Source
value-unknown = inconnu
home-hub-heading = Aussi dans Sparks
hub-resources = { $count ->
    [one] ressource dans la bibliothèque
   *[other] ressources dans la bibliothèque
}
hub-events = { $count ->
    [one] événement dans l’agenda
   *[other] événements dans l’agenda
}
hub-recommendations = { $count ->
    [one] recommandation clé
   *[other] recommandations clés
}
hub-figures = { $count ->
    [one] chiffre sur l’ampleur des abus et la réponse
   *[other] chiffres sur l’ampleur des abus et la réponse
}
hub-help-countries = { $count ->
    [one] pays avec lignes d’écoute et de signalement
   *[other] pays avec lignes d’écoute et de signalement
}

## Resources
resources-title = Bibliothèque de ressources
resources-description = Rapports, outils, lignes directrices, formations, jeux de données et campagnes des initiatives contre les abus et l’exploitation sexuels des enfants.
resources-heading = Bibliothèque de ressources
resources-lead = Rapports, livrables, notes politiques, outils, formations, jeux de données, campagnes et vidéos produits par les initiatives, avec les initiatives dont ils proviennent.
resources-search-label = Chercher dans la bibliothèque
resources-none = Aucune ressource ne correspond à ces filtres.
resources-count = { $count ->
    [one] { $n } ressource
   *[other] { $n } ressources
}
resources-count-match = { $count ->
    [one] { $n } ressource correspond
   *[other] { $n } ressources correspondent
}
resources-facet-type = Type
resources-facet-audience = Public
resources-facet-language = Langue
resources-facet-initiative = Initiative
resource-open = Ouvrir la ressource
resource-from-initiatives = Issue de ces initiatives
resource-as-json = Cette ressource en JSON
resource-type-report = Rapport
resource-type-deliverable = Livrable de projet
resource-type-policy-brief = Note politique
resource-type-guidelines = Lignes directrices
resource-type-toolkit = Boîte à outils
resource-type-training = Formation
resource-type-dataset = Jeu de données
resource-type-campaign = Campagne
resource-type-video = Vidéo
resource-type-article = Article
audience-practitioners = Professionnels de terrain
audience-law-enforcement = Forces de l’ordre
audience-policymakers = Décideurs politiques
audience-researchers = Chercheurs
audience-parents = Parents et proches
audience-young-people = Jeunes
audience-public = Grand public

## News
news-title = Actualités et campagnes
news-description = Annonces de Sparks et des initiatives contre les abus et l’exploitation sexuels des enfants.
news-heading = Actualités et campagnes
news-lead = Annonces de la communauté Sparks et de ses initiatives, chacune avec sa source.
news-none = Pas encore d’actualités.
news-posts = Articles
news-about-post = À propos de cet article
news-initiative = Initiative
news-from = De
feed-site-title = { $site } : nouveautés
feed-link = Flux Atom
initiative-latest-news = Dernières actualités
initiative-more-news = Toutes les actualités de cette initiative

## Events
events-title = Événements
events-description = Conférences, ateliers, webinaires, formations et journées de sensibilisation sur la prévention et la lutte contre les abus sexuels sur enfants.
events-heading = Événements
events-lead = Conférences, ateliers, webinaires, formations et journées de sensibilisation. Chaque événement peut être ajouté à votre agenda.
events-subscribe = S’abonner à l’agenda (iCalendar)
events-upcoming = À venir
events-past = Passés
events-none-upcoming = Aucun événement à venir pour l’instant.
events-none-past = Aucun événement passé.
event-when = Quand
event-where = Où
event-organisers = Organisateurs
event-online = en ligne
event-add-to-calendar = Ajouter à votre agenda (.ics)
event-website = Le site de l’événement
event-type-conference = Conférence
event-type-workshop = Atelier
event-type-webinar = Webinaire
event-type-training = Formation
event-type-campaign-day = Journée de sensibilisation
event-type-meeting = Réunion

## Recommendations
recs-title = Recommandations clés
recs-description = Recommandations politiques pour prévenir les abus sexuels sur enfants, les détecter et enquêter, et soutenir les victimes et survivants.
recs-heading = Recommandations clés
recs-lead = Ce que recommandent projets, réseaux et institutions, par pilier. Chaque recommandation est une courte paraphrase ; la source donne le texte complet.
recs-by-pillar = Par pilier
recs-issuer = Émise par
recs-year = Année
recs-addressee = Adressée à
recs-initiatives = Issue d’initiatives
recs-resources = Issue de ressources
addressee-member-states = États membres de l’UE
addressee-all = Tous les acteurs concernés
addressee-eu = L’Union européenne
addressee-law-enforcement = Forces de l’ordre
addressee-industry = Entreprises et services en ligne

## Figures (CSAE response)
response-title = La réponse en chiffres
response-description = Chiffres sur les abus sexuels sur enfants et la réponse apportée, chacun avec son éditeur, son année et sa source.
response-heading = La réponse en chiffres
response-lead = Combien d’abus sexuels sur enfants sont signalés, et ce que la réponse accomplit. Chaque chiffre nomme son éditeur et renvoie à sa source.
response-caveat = Les éditeurs ne comptent pas tous la même chose, et les règles de comptage changent d’une année à l’autre : lisez les notes avant de comparer.
response-all-csv = Télécharger tous les chiffres (CSV)
response-series-csv = Télécharger cette série (CSV)
response-hatched = Barres hachurées : la source donne un chiffre arrondi ou une borne inférieure. Les années sans barre n’ont pas de chiffre dans les données.
response-table-caption = Les mêmes chiffres, avec leurs sources
response-other-heading = Autres chiffres
response-other-caption = Chiffres isolés, avec leurs sources
response-col-year = Année
response-col-value = Valeur
response-col-publisher = Éditeur (source)
response-col-note = Note
response-col-figure = Chiffre
response-no-figure = pas de chiffre dans les données
chart-millions = { $n } M

## Media pack
media-title = Kit média
media-description = Le logotype de Sparks et des messages à partager.
media-heading = Kit média et de communication
media-lead = Des visuels et des messages pour toutes celles et ceux qui veulent faire connaître la prévention et la lutte contre les abus et l’exploitation sexuels des enfants.
media-graphics = Visuels
media-wordmark-alt = Le logotype de Sparks : une étincelle jaune et le mot Sparks sur bleu foncé
media-download-svg = Télécharger le logotype (SVG)
media-graphics-note = Le logotype est vectoriel : il reste net à toutes les tailles.
media-banner-social = Bannière pour les publications sur les réseaux sociaux
media-banner-square = Image carrée pour les réseaux sociaux
media-wordmark-png = Le logotype en image
media-download-png = Télécharger le PNG
media-download-svg-file = Télécharger le SVG
media-posts = Messages suggérés
media-posts-lead = Copiez un message ou ouvrez-le dans votre réseau. Les liens de partage sont de simples liens : cette page ne charge rien depuis ces sites.
media-copy = Copier le texte
media-copied = Copié.
media-share-on = Partager sur :
media-email = Courriel
media-share-note = Le lien Mastodon ouvre mastodon.social ; sur un autre serveur, copiez plutôt le texte.
media-post-1 = Les abus sexuels sur enfants peuvent être évités. Sparks réunit les projets de prévention, de détection et d’enquête, et de soutien aux victimes et survivants, pour que chacun s’appuie sur le travail des autres.
media-post-2 = Inquiet de vos propres pensées sexuelles envers des enfants ? Une aide confidentielle existe et elle fonctionne. Sparks recense les lignes de prévention pays par pays.
media-post-3 = Rapports, outils et formations de projets financés par l’UE contre les abus et l’exploitation sexuels des enfants, dans une bibliothèque ouverte.

## Support
support-title = Soutenir { $site }
support-description = Comment soutenir Sparks et à quoi sert l’argent.
support-heading = Soutenir { $site }
support-lead = Sparks est financé par les dons et gratuit. Votre soutien le garde indépendant, en ligne et à jour.
support-how = Comment donner
support-not-configured = Aucun moyen de don n’est encore configuré sur ce site. Revenez plus tard ou contactez ses responsables.
support-pays-for = À quoi sert l’argent
support-pays-hosting = L’hébergement et la maintenance du site, sans traceurs ni publicité.
support-pays-editing = Des rédacteurs qui vérifient chaque fait à sa source et tiennent l’annuaire à jour.
support-pays-translation = La traduction dans d’autres langues européennes.
support-supporters = Soutiens
support-supporters-none = Personne n’a encore demandé à figurer ici.
support-other-ways = Autres façons d’aider
support-media-pack = Partagez Sparks grâce au kit média.

## Help by country
help-by-country = Par pays
help-by-country-lead = Lignes d’écoute pour enfants, points de signalement des contenus d’abus sexuels sur enfants, aide aux personnes inquiètes de leurs propres pensées et soutien aux victimes, pays par pays. Les informations changent : chaque entrée renvoie à sa source.
help-country-index = Pays
help-phone = Téléphone
help-hours = Horaires
help-chat = Messagerie
help-yes = oui
help-no = non
help-organisation = Géré par
help-report-online = Signaler en ligne
help-website = Site web
help-source-and-notes = Source et remarques
help-checked-on = Vérifié le { $date }.
help-checked-unknown = Pas encore vérifié.
helpline-kind-child-helpline = Ligne d’écoute pour enfants
helpline-kind-reporting-hotline = Point de signalement des contenus d’abus sexuels sur enfants
helpline-kind-prevention-helpline = Aide aux personnes inquiètes de leurs propres pensées sexuelles
helpline-kind-victim-support = Soutien aux victimes et survivants
profile-outputs = Productions dans la bibliothèque de ressources
profile-outputs-all = Toutes ses productions dans la bibliothèque

## Recherche, paysage, travaux liés (sparks-search)
nav-landscape = Paysage
search-site-label = Rechercher dans { $site }
search-title = Recherche
search-title-q = Recherche : { $q }
search-description = Rechercher parmi les initiatives contre les abus et l’exploitation sexuels des enfants : mots, sigles, expressions, dans toutes les langues de l’interface.
search-heading = Recherche
search-label = Rechercher les initiatives et tout le reste de Sparks
search-hint = Des mots, un sigle ou "une expression entre guillemets". Les petites fautes de frappe sont pardonnées.
search-results-count = { $count ->
    [one] { $n } résultat
   *[other] { $n } résultats
}
search-partial = Aucun résultat ne contient tous les mots : ceux-ci en contiennent certains.
search-corrected = « { $word } » a été lu comme « { $terms } ».
search-unmatched = Trouvé nulle part, donc ignoré : { $list }.
search-truncated = La requête est très longue : seuls ses premiers mots ont été utilisés.
search-no-results = Rien ne correspond à ces mots.
search-tip-fewer-words = Essayez moins de mots ou d’autres mots, ou vérifiez l’orthographe.
search-tip-browse = Parcourir le répertoire des initiatives
search-tip-landscape = Voir où se fait le travail sur la carte du paysage
search-as-json = Ces résultats en JSON
facet-type = Type
doc-type-initiative = Initiatives
doc-type-resource = Ressources
doc-type-news = Actualités
doc-type-event = Événements
doc-type-thread = Discussions
search-help-now-link = Trouver de l’aide dans votre pays
search-help-now-text = Lignes d’écoute pour enfants, plateformes de signalement des contenus d’abus, aide aux victimes et aux personnes inquiètes de leurs propres pensées, dans chaque pays : gratuites et confidentielles. Si un enfant est en danger immédiat, appelez le 112.
search-help-now-heading = Obtenir de l’aide maintenant
doc-type-helpline = Services d’aide
landscape-title = Carte du paysage
landscape-description = Où se trouvent le travail et les fonds européens contre les abus sexuels sur enfants, par pays, pilier, programme et année, et où ils manquent.
landscape-heading = Le paysage : où se fait le travail, et les lacunes
landscape-lead = Combien d’initiatives et combien de fonds européens chaque pays et pilier, chaque programme et année compte. Les cases hachurées sont des lacunes : aucune initiative. Chaque nombre mène aux initiatives correspondantes.
landscape-legend = Couleur : nombre d’initiatives. Hachuré : aucune, une lacune.
landscape-legend-gap = aucune (une lacune)
landscape-legend-range = { $from }–{ $to }
landscape-gap = aucune (une lacune)
landscape-country-heading = Pays et piliers
landscape-country-intro = Chaque État membre de l’UE et tout autre pays cité par une initiative, comme coordinateur ou partenaire. Une initiative compte dans chaque pays et pilier où elle travaille.
landscape-country-caption = Initiatives et contribution européenne cumulée par pays et pilier
landscape-country-corner = Pays
landscape-year-heading = Programmes et années de début
landscape-year-intro = Quels programmes de financement ont lancé des initiatives, et en quelles années.
landscape-year-caption = Initiatives et contribution européenne cumulée par année de début et programme
landscape-year-corner = Année de début
landscape-svg-title = Carte de chaleur : { $caption }
landscape-svg-desc = Les cases plus foncées comptent plus d’initiatives, jusqu’à { $max } dans une case ; les cases hachurées n’en comptent aucune. Le tableau donne chaque nombre.
landscape-cell-label = { $row }, { $column } : { $n }
landscape-undated = { $count ->
    [one] { $n } initiative n’a pas de date de début et ne figure pas dans le tableau des programmes.
   *[other] { $n } initiatives n’ont pas de date de début et ne figurent pas dans le tableau des programmes.
}
landscape-without-country = { $count ->
    [one] { $n } initiative ne cite aucun pays et ne figure pas dans le tableau des pays.
   *[other] { $n } initiatives ne citent aucun pays et ne figurent pas dans le tableau des pays.
}
landscape-eur-note = Les contributions européennes sont comptées entières dans chaque case où figure une initiative : lignes et colonnes ne donnent pas de total.
landscape-csv = Télécharger les deux tableaux en CSV
landscape-json = Les mêmes données en JSON
related-heading = Travaux liés
related-none = Aucune initiative liée trouvée pour l’instant.
related-as-json = Travaux liés en JSON
related-same-acronym = même sigle
related-same-coordinator = même coordinateur ({ $name })
related-shared-topics = thèmes communs : { $list }
related-shared-countries = pays communs : { $list }
related-similar-words = mots proches : { $list }
similar-page-title = Cela existe-t-il déjà ?
similar-description = Trouver les initiatives existantes les plus proches de celle que vous prévoyez, avant de la proposer.
similar-heading = Cela existe-t-il déjà ?
similar-lead = Avant de proposer une nouvelle initiative, consultez les plus proches qui existent : s’appuyer sur le travail déjà fait plutôt que recommencer.
similar-acronym = Sigle
similar-title = Titre
similar-summary = Ce qu’elle fait
similar-button = Trouver des initiatives similaires
similar-results = Les initiatives existantes les plus proches
similar-none = Rien de proche n’a été trouvé : elle est peut-être nouvelle.

## Communauté, comptes et modération (issue #4)
nav-community = Communauté
nav-account = Compte
nav-admin = Administration
nav-login = Se connecter
nav-join = S'inscrire
nav-logout = Se déconnecter
account-nav-label = Votre compte
error-detail-too-many = Trop de tentatives en peu de temps. Veuillez patienter un peu, puis réessayer.

form-error-summary = Un problème est survenu
form-error-prefix = Erreur :
form-required = obligatoire
form-choose = Choisir…
form-preview = Aperçu
form-preview-heading = Aperçu
form-error-missing = Veuillez remplir ce champ.
form-error-too-long = Utilisez au maximum { $max } caractères.
form-error-email = Saisissez une adresse e-mail, par exemple name@example.org.
form-error-country = Saisissez un nom de pays ou son code à deux lettres, par exemple PL.
form-error-password-short = Utilisez au moins 8 caractères. Quelques mots mis bout à bout forment un mot de passe robuste.
form-error-password-long = Utilisez au maximum 256 caractères.
form-error-password-common = Ce mot de passe est trop courant ou trop facile à deviner. Veuillez en choisir un autre.
form-error-password-blank = Le mot de passe ne peut pas contenir uniquement des espaces.
form-error-password-site = Le mot de passe ne peut pas être le nom de ce site, même entouré de chiffres ou de signes de ponctuation. Veuillez en choisir un autre.
form-field-email = Adresse e-mail
form-field-display-name = Nom affiché
form-field-password = Mot de passe
form-field-organisation = Organisation
form-field-country = Pays
form-field-expertise = Domaine d'expertise
form-field-pillars = Piliers sur lesquels vous travaillez
form-field-public = Afficher sur mon profil public
form-field-code = Code
form-field-current-password = Mot de passe actuel
form-field-new-password = Nouveau mot de passe
form-field-acronym = Acronyme ou nom court
form-field-title = Titre
form-field-summary = Résumé
form-field-programme = Programme de financement
form-field-website = Site web
form-field-countries = Pays
form-field-start-date = Date de début
form-field-end-date = Date de fin
form-field-type = Type
form-field-url = Lien
form-field-published = Date de publication
form-field-language = Langue
form-field-initiative = Initiative
form-field-start = Début
form-field-end = Fin
form-field-timezone = Fuseau horaire
form-field-city = Ville
form-field-online = Se déroule en ligne
form-field-body = Texte
form-field-source-url = Source
form-field-members-only = Réservé aux membres connectés
form-field-pillar = Espace
form-hint-display-name = Affiché avec vos messages. Votre adresse e-mail n'est jamais affichée.
form-hint-password = Au moins 8 caractères ; les longues phrases de passe sont les bienvenues.
form-hint-country = Un nom de pays ou son code à deux lettres, par exemple PL.
form-hint-expertise = Ce sur quoi vous travaillez, en une ou deux phrases.
form-hint-code = Le code à 6 chiffres de votre application d'authentification, ou l'un de vos codes de récupération.
form-hint-public = Votre nom affiché apparaît toujours avec vos messages ; choisissez ce que les membres et les visiteurs peuvent voir en plus.
form-field-profile-public = Rendre ma page de profil visible par tous
form-hint-profile-public = Désactivé tant que vous ne cochez pas. Désactivé : personne d'autre ne peut ouvrir une page de profil à votre nom, et votre nom apparaît sans lien avec vos messages. Activé : tout le monde, connecté ou non, peut ouvrir votre page de profil et voir votre nom et les informations choisies ci-dessus.
form-hint-markdown = Markdown : *italique*, **gras**, listes, liens. Utilisez l'aperçu pour vérifier le résultat.
form-hint-programme = Tel que le financeur le désigne, par exemple « Horizon Europe » ou « ISF-P ».
form-hint-countries = Codes à deux lettres ou noms, séparés par des virgules.
form-hint-partial-date = Une année, un mois (2024-03) ou un jour (2024-03-15).
form-hint-language = Un code à deux lettres, par exemple en.
form-hint-initiative = Le nom court de l'initiative à laquelle l'élément se rattache, le cas échéant.
form-hint-datetime = Un jour (2025-05-14) ou un jour et une heure (2025-05-14T09:30).
form-hint-timezone = Par exemple Europe/Brussels.
form-hint-date = Un jour, par exemple 2025-05-14.
form-hint-members-only = Les visiteurs non connectés ne verront pas cette discussion.

join-title = Rejoindre { $site }
join-intro = Les membres échangent avec des professionnels de terrain et des chercheurs, proposent des initiatives, des ressources, des événements et des actualités, et gèrent leur propre profil.
join-privacy = Nous ne conservons que ce que vous saisissez ici. Vous pouvez le télécharger ou l'effacer à tout moment depuis votre compte.
join-submit = Créer un compte
join-sent-title = Consultez votre messagerie
join-sent = Si cette adresse peut recevoir des e-mails, un message contenant un lien de confirmation est en route. Le lien est valable 48 heures.
verify-title = Confirmez votre adresse e-mail
verify-intro = Confirmez que cette adresse est bien la vôtre pour terminer la création de votre compte.
verify-submit = Confirmer
verify-done-title = Adresse e-mail confirmée
verify-done = Merci. Vous pouvez maintenant vous connecter.
link-invalid-title = Ce lien ne fonctionne pas
link-invalid = Le lien est incorrect, a déjà été utilisé ou a expiré. Vous pouvez en demander un nouveau.
login-title = Connexion
login-submit = Se connecter
login-error = L'adresse e-mail ou le mot de passe est incorrect.
login-unverified = Confirmez d'abord votre adresse e-mail : ouvrez le lien que nous vous avons envoyé.
code-title = Deuxième étape
code-intro = Les éditeurs et les administrateurs confirment chaque connexion avec un code fourni par une application d'authentification.
code-enrol = Votre compte n'a pas encore d'authentificateur. Ajoutez-le dès maintenant à une application à l'aide de l'adresse ou de la clé ci-dessous, puis saisissez le code affiché par l'application. Conservez les codes de récupération en lieu sûr : chacun fonctionne une seule fois si vous perdez votre téléphone.
code-enrol-label = Configuration de l'authentificateur
code-recovery-label = Codes de récupération :
code-submit = Continuer
code-error = Ce code est incorrect ou a déjà été utilisé. Saisissez le code actuel.
attempts-wait = { $count ->
    [one] Trop de tentatives échouées depuis cet endroit. Vous pourrez réessayer dans { $n } seconde.
   *[other] Trop de tentatives échouées depuis cet endroit. Vous pourrez réessayer dans { $n } secondes.
}
code-intro-member = Vous avez activé un second facteur pour votre compte : saisissez le code de votre application d'authentification.
account-two-factor = Second facteur
account-two-factor-intro = Un code d'une application d'authentification à chaque connexion protège votre compte, même si quelqu'un apprend votre mot de passe.
account-two-factor-link = Configurer ou désactiver le second facteur
two-factor-title = Second facteur
two-factor-intro = Ajoutez votre compte à une application d'authentification, puis saisissez votre mot de passe et le code qu'elle affiche. Ensuite, chaque connexion demandera un code, et vous serez déconnecté sur tous vos autres appareils.
two-factor-submit = Activer
two-factor-off-title = Désactiver le second facteur
two-factor-off-intro = Pour le désactiver, saisissez votre mot de passe et un code actuel (ou un code de récupération). Vous serez déconnecté sur tous vos autres appareils.
two-factor-off-submit = Désactiver
two-factor-on = Le second facteur est activé : chaque connexion demande un code de votre application d'authentification.
two-factor-staff = Les éditeurs et les administrateurs doivent le garder activé.
two-factor-enrolled = Le second facteur est activé. Conservez vos codes de récupération en lieu sûr : ils ne seront plus affichés.
two-factor-disabled = Le second facteur est désactivé. La connexion ne demande plus que votre mot de passe.
reset-title = Mot de passe oublié
reset-intro = Saisissez votre adresse e-mail et nous vous enverrons un lien pour choisir un nouveau mot de passe.
reset-submit = Envoyer le lien
reset-sent-title = Consultez votre messagerie
reset-sent = Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe est en route. Il est valable une heure.
reset-new-title = Choisissez un nouveau mot de passe
reset-new-submit = Enregistrer le mot de passe
reset-done-title = Mot de passe modifié
reset-done = Votre nouveau mot de passe est enregistré et toutes les sessions ont été déconnectées. Vous pouvez maintenant vous connecter.

account-title = Votre compte
account-heading = Bonjour { $name }
account-saved = Vos modifications sont enregistrées.
account-public-profile = Voir votre profil public
account-profile-private = Votre profil est privé : personne d'autre ne peut l'ouvrir. Pour le rendre public, cochez « Rendre ma page de profil visible par tous » ci-dessous.
account-profile = Profil
account-save = Enregistrer le profil
account-propose = Proposer du contenu
account-submissions = Vos propositions
account-no-submissions = Vous n'avez encore rien proposé.
account-password = Changer de mot de passe
account-password-save = Changer le mot de passe
account-password-wrong = Ce n'est pas votre mot de passe actuel.
account-data = Vos données
account-export = Télécharger toutes les données que nous détenons à votre sujet (JSON)
account-delete = Supprimer votre compte
account-sessions = Vos appareils
account-logout-everywhere-intro = Une session ouverte sur un appareil partagé ou emprunté, ou un départ précipité ? Ceci met fin à toutes les sessions de votre compte, sur tous les appareils, celui-ci compris.
account-logout-everywhere = Se déconnecter partout
logout-everywhere-done-title = Toutes vos sessions sont fermées
logout-everywhere-done = Toutes les sessions de votre compte ont pris fin, sur tous les appareils, celui-ci compris. Quiconque utilise un appareil sur lequel votre compte était ouvert doit maintenant se reconnecter.
delete-title = Supprimer votre compte
delete-intro = Cette action supprime définitivement votre compte, vos sessions et votre profil. Vos messages restent dans leurs discussions et apparaissent comme écrits par un ancien membre. Saisissez votre mot de passe pour confirmer.
delete-submit = Supprimer mon compte
delete-done-title = Votre compte a été supprimé
delete-done = Votre compte et vos données personnelles ont été supprimés. Merci de votre participation.
member-description = Membre de la communauté Sparks.
member-nothing-public = Ce membre n'affiche que son nom.

kind-name-initiative = Initiative
kind-name-resource = Ressource
kind-name-event = Événement
kind-name-news = Actualité
submission-status-pending = en attente de modération
submission-status-approved = publiée
submission-status-rejected = non publiée
role-member = Membre
role-editor = Éditeur
role-admin = Administrateur
submit-initiative-title = Proposer une initiative
submit-resource-title = Proposer une ressource
submit-event-title = Proposer un événement
submit-news-title = Proposer une actualité
submit-edit-title = Modifier { $title }
submit-intro-member = Un éditeur examine chaque proposition avant sa publication sur le site. Vous recevrez un e-mail dès qu'une décision aura été prise.
submit-intro-staff = Vous êtes éditeur : ce que vous enregistrez ici est publié immédiatement et consigné dans le journal d'audit.
submit-check-existing = Avant de commencer : cela existe-t-il déjà ? Consultez le répertoire grâce au lien situé sous le formulaire.
submit-similar = Cela existe-t-il déjà ? Voir les initiatives similaires
submit-publish = Publier
submit-send = Envoyer pour relecture
submit-unpublish = Retirer de la publication
submit-exists = Une entrée portant ce nom existe déjà. Proposez plutôt une modification de celle-ci.
submit-thanks-title = Merci
submit-thanks = Votre proposition attend l'examen d'un éditeur. Vous pouvez en suivre l'avancement depuis la page de votre compte.

community-heading = Communauté
community-lead = Professionnels de terrain, chercheurs et décideurs politiques partagent ce qui fonctionne : posez vos questions, répondez et discutez, par pilier ou dans l'espace général.
community-spaces = Espaces
community-all = Tous les espaces
community-general = Général
community-threads = Discussions
community-no-threads = Aucune discussion ici pour le moment.
community-posts = { $count ->
    [one] { $n } message
   *[other] { $n } messages
}
community-members-only = réservé aux membres
community-locked = verrouillé
community-hidden = masqué
community-new-thread = Lancer une discussion
community-start = Publier la discussion
community-login-to-post = Connectez-vous pour participer
community-former-member = Ancien membre
community-locked-notice = Cette discussion est verrouillée : aucune nouvelle réponse n'est possible.
community-lock = Verrouiller la discussion
community-unlock = Déverrouiller la discussion
community-pinned = épinglé
community-thread-hidden-notice = Cette discussion est masquée : seuls les éditeurs et les administrateurs la voient.
community-hide-thread = Masquer la discussion
community-show-thread = Afficher à nouveau la discussion
community-pin = Épingler en haut
community-unpin = Désépingler
community-move-to = Déplacer vers l'espace
community-move = Déplacer
community-report = Signaler
community-post = message
community-report-reason = Pourquoi les modérateurs devraient-ils examiner ce message ?
community-report-send = Envoyer le signalement
community-hide-post = Masquer
community-show-post = Afficher à nouveau
community-reply = Répondre
community-reply-send = Envoyer la réponse
community-error-space = Choisissez l'un des espaces.

admin-heading = Administration
admin-create = Ajouter du contenu
admin-waiting = { $count ->
    [one] { $n } élément en attente
   *[other] { $n } éléments en attente
}
moderation-heading = Modération
moderation-pending = Propositions en attente
moderation-reports = Messages signalés
moderation-none = Rien n'est en attente.
moderation-edit-of = modification de
moderation-reason = Motif (obligatoire en cas de refus ; envoyé au membre)
moderation-reason-hint = Indiquez ce qui rendrait la proposition acceptable.
moderation-reason-missing = Indiquez le motif du refus : le membre le lira.
moderation-approve = Approuver et publier
moderation-reject = Refuser
moderation-reported-post = Message signalé
moderation-report-reason = Motif
moderation-hide = Masquer le message
moderation-keep = Conserver le message
users-heading = Utilisateurs et rôles
users-name = Nom
users-initiatives = Initiatives
users-link = Lier à une initiative
users-status = Statut
users-role = Rôle
users-save = Enregistrer le rôle
users-verified = confirmé
users-unverified = non confirmé
users-totp = second facteur
audit-heading = Journal d'audit
audit-when = Quand
audit-who = Qui
audit-what = Quoi
audit-changed = Champs modifiés
audit-restore = Restaurer
audit-restore-button = Restaurer cette version

email-verify-subject = Confirmez votre adresse e-mail pour { $site }
email-verify-body = Bienvenue sur { $site }. Ouvrez ce lien pour confirmer votre adresse e-mail (il est valable 48 heures) : { $link }  Si vous n'avez pas demandé à vous inscrire, ignorez ce message.
email-exists-subject = Quelqu'un a tenté de s'inscrire sur { $site } avec votre adresse
email-exists-body = Quelqu'un a tenté de créer un compte { $site } avec cette adresse e-mail, qui en possède déjà un. Si c'était vous, connectez-vous ou choisissez un nouveau mot de passe ici : { $link }  Sinon, ignorez ce message.
email-reset-subject = Choisissez un nouveau mot de passe { $site }
email-reset-body = Ouvrez ce lien pour choisir un nouveau mot de passe (il est valable une heure) : { $link }  Si vous n'en avez pas fait la demande, ignorez ce message ; votre mot de passe reste inchangé.
email-approved-subject = Votre proposition est publiée sur Sparks
email-approved-body = Merci : « { $title } » est désormais en ligne sur Sparks : { $link }
email-rejected-subject = Votre proposition à Sparks n'a pas été publiée
email-rejected-body = Un éditeur a examiné « { $title } » et ne l'a pas publié. Motif : { $reason }

## Lettre d’information
footer-newsletter = Lettre d’information
newsletter-title = La lettre d’information de { $site }
newsletter-intro = Un résumé des nouvelles initiatives, ressources, événements et actualités, environ une fois par semaine.
newsletter-privacy = Nous ne conservons que votre adresse, et seulement après votre confirmation. Chaque envoi contient un lien de désinscription en un clic.
newsletter-submit = S’abonner
newsletter-sent-title = Consultez votre messagerie
newsletter-sent = Si l’adresse peut recevoir des e-mails, un message avec un lien de confirmation est en route. Rien d’autre ne sera envoyé avant votre confirmation.
newsletter-confirm-title = Confirmer votre abonnement
newsletter-confirm-submit = Confirmer l’abonnement
newsletter-confirmed-title = Abonnement confirmé
newsletter-confirmed = Merci. Le prochain résumé arrivera à cette adresse.
newsletter-unsubscribe-title = Se désabonner de la lettre d’information
newsletter-unsubscribe-submit = Se désabonner
newsletter-unsubscribed-title = Désabonnement effectué
newsletter-unsubscribed = Votre adresse a été supprimée. Vous ne recevrez plus de résumés.
email-newsletter-confirm-subject = Confirmez votre abonnement à la lettre d’information de { $site }
email-newsletter-confirm-body = Ouvrez ce lien pour confirmer que vous souhaitez recevoir le résumé de { $site } (valable 48 heures) : { $link }  Si vous n’avez rien demandé, ignorez ce message : rien d’autre ne sera envoyé.

## Feeds through the web
submit-feed-title = Proposer un flux
submit-feed-intro = Une initiative publie-t-elle ses actualités en RSS, Atom ou JSON Feed ? Indiquez son adresse : une fois le flux approuvé, un éditeur vérifie aussi ses nouveaux articles, qui apparaissent ensuite dans les actualités, attribués à l’initiative.
form-field-feed-url = Adresse du flux
form-hint-initiative-slug = Le nom court de l’initiative tel qu’il figure dans son adresse, par exemple arica pour /initiatives/arica.
form-hint-feed-url = L’adresse du flux RSS, Atom ou JSON, commençant par https://.
submit-feed-no-initiative = Aucune initiative n’a ce nom court. Copiez-le depuis l’adresse de l’initiative.
submit-feed-bad-url = Saisissez une adresse web commençant par https:// ou http://.
feeds-heading = Flux
feeds-none = Aucun flux pour l’instant.
feeds-status = État
feeds-last-fetch = Dernière récupération
feeds-items = Articles
feeds-error = Dernière erreur
feeds-untrusted = pas de confiance : les articles attendent un éditeur
feeds-trusted = de confiance : les articles sont publiés directement
feeds-trust-heading = Confiance
feeds-trust = Faire confiance à ce flux
feeds-distrust = Ne plus faire confiance à ce flux
feeds-trust-note = Les articles d’un flux qui n’est pas de confiance attendent dans la file de modération. Faire confiance à un flux publie directement ses articles suivants ; ceux qui attendent déjà restent dans la file.
submit-feed-taken = Une autre initiative a déjà ce flux : un flux appartient à une seule initiative.
kind-name-feed = Flux
kind-name-feed-item = Article de flux
moderation-from-feed = du flux { $url }

## Recommendations through the web
submit-recommendation-title = Ajouter une recommandation
kind-name-recommendation = Recommandation
form-field-rec-pillar = Pilier
form-field-text = Recommandation
form-field-issuer = Émise par
form-field-year = Année
form-field-addressee = Destinataires
form-field-initiatives = Initiatives
form-hint-initiatives = Noms courts des initiatives dont elle provient, séparés par des virgules.

## Media uploads by editors
media-admin-heading = Téléversement de médias
media-admin-intro = Des visuels pour le kit média : PNG, JPEG, GIF ou WebP, jusqu’à 8 Mo. Chaque fichier est vérifié et réencodé sans ses métadonnées, puis proposé au téléchargement sur la page du kit média.
media-admin-file = Fichier image
media-admin-file-hint = PNG, JPEG, GIF ou WebP, jusqu’à 8 Mo et 8 000 pixels de côté.
media-admin-label = Ce qu’il montre
media-admin-submit = Téléverser
media-admin-disabled = Le téléversement n’est pas configuré sur ce serveur.
media-admin-list = Visuels téléversés
media-admin-none = Rien n’a encore été téléversé.
media-admin-missing = Choisissez une image et indiquez ce qu’elle montre.
media-admin-refused = Le fichier a été refusé : { $reason }.
media-pack-uploads = Autres visuels

## Figures and help services through the web
submit-statistic-title = Ajouter un chiffre
submit-helpline-title = Ajouter un service d’aide
kind-name-statistic = Chiffre
kind-name-helpline = Service d’aide
form-field-figure = Ce qui est compté
form-field-value = Valeur
form-field-publisher = Publié par
form-field-primary-source = Publication d’origine
form-field-note = Réserves
form-field-name = Nom
form-field-phone = Téléphone
form-field-report-url = Où signaler
form-field-hours = Horaires
form-field-languages = Langues
form-field-notes = Remarques
form-field-checked = Dernière vérification
form-hint-stat-value = Un nombre entier, ou la valeur telle que la source la formule.
form-hint-stat-year = Une année, ou une période comme 2020-2022.
form-hint-country-code = Le code pays à deux lettres, par exemple PL.
form-hint-languages = Codes à deux lettres, séparés par des virgules.

## Link checking
link-reported-broken = lien signalé cassé le { $date }
links-admin-heading = Liens cassés
links-admin-intro = Liens externes que la vérification des liens a trouvés cassés, par fiche : supprimés (404, 410), injoignables ou en échec d’une vérification à l’autre. Rien n’est chargé depuis votre navigateur ; le serveur vérifie les liens selon un calendrier (et avec « sparks links check --once »).
links-admin-none = Aucun lien cassé trouvé.
links-admin-record = Fiche
links-admin-link = Lien
links-admin-found = Résultat de la vérification
links-admin-since = Signalé cassé le
links-admin-last-success = Dernier succès
links-admin-never = jamais
links-admin-edit = Modifier
links-kind-initiative = Initiative
links-kind-resource = Ressource
links-kind-news = Actualité
links-kind-event = Événement
links-kind-statistic = Chiffre
links-kind-recommendation = Recommandation
links-kind-helpline = Service d’aide
## Terminology check (issue #16, point 7)
wording-found = « { $written } » : les lignes directrices terminologiques du domaine recommandent « { $preferred } ». { $reason }
wording-confirm = Garder cette formulation et envoyer quand même
terms-heading = Terminologie
terms-intro = Les textes rédigés (discussions, réponses, propositions, modifications) sont comparés à cette liste à l’envoi. L’auteur voit la suggestion et peut garder sa formulation ; ces textes sont listés ici pour relecture.
terms-flags-heading = Textes envoyés avec un terme de la liste
terms-flags-none = Aucun texte n’attend de relecture.
terms-flag-text = Texte
terms-flag-terms = Termes tels qu’écrits
terms-flag-when = Quand
terms-flag-reviewed = Relu
terms-list-heading = Termes déconseillés
terms-remove = Retirer
terms-add-heading = Ajouter un terme
terms-add = Ajouter le terme
form-field-term = Terme
form-field-lang = Langue
form-field-preferred = Formulation recommandée
form-field-reason = Pourquoi
form-hint-term = Mots entiers ; un mot terminé par * couvre tous les mots qui commencent ainsi (p. ex. pédopornographi*).
terms-error-exists = Cette langue contient déjà ce terme.
terms-error-term = Saisissez au moins un mot de deux lettres ou plus.
terms-error-long = 300 caractères au plus.

## Content warnings (issue #16, point 8)
content-warning = Avertissement
content-warning-show = (afficher le contenu)
content-warning-none = Aucun avertissement
content-warning-abuse-described = descriptions d’abus
content-warning-survivor-testimony = témoignages de victimes et survivants
content-warning-imagery-described = description d’images d’abus
content-warning-self-harm = automutilation ou suicide
form-field-content-warning = Avertissement sur le contenu
form-hint-content-warning = Si le texte peut être difficile à lire, les pages le replient derrière cet avertissement.
form-error-content-warning = Choisissez un avertissement dans la liste.
## Own posts: edit, delete, history, quote (issue #17)
community-post-deleted = Ce message a été supprimé par son auteur.
community-quote = Citer
community-edit = Modifier
community-delete = Supprimer
community-history = Versions précédentes
community-edited = modifié { $when }
community-quote-wrote = { $name } a écrit :
post-edit-title = Modifier votre message
post-edit-submit = Enregistrer les modifications
post-edit-intro = Dans la discussion « { $thread } ». L’équipe peut voir les versions précédentes.
post-back-to-thread = Retour à la discussion
post-delete-link = Supprimer ce message
post-delete-title = Supprimer votre message ?
post-delete-submit = Supprimer le message
post-delete-intro = Le texte est supprimé définitivement, avec ses versions précédentes. Les réponses restent à leur place ; la discussion indique que le message a été supprimé.
post-history-heading = Versions d’un message
post-history-back = Retour au message
post-history-current = Version actuelle
post-history-earlier = Versions précédentes
post-history-none = Ce message n’a pas été modifié.
post-history-written = Écrit par { $name } le { $when }
post-history-replaced = remplacé par { $name } le { $when }
form-field-topics = Thèmes

## Newsletter choices (issue #17)
newsletter-pillars = Piliers
newsletter-topics = Thèmes
newsletter-choices-hint = Cochez ce qui vous intéresse. Rien de coché : tout.
newsletter-manage-title = Choisir le contenu de votre lettre
newsletter-manage-submit = Enregistrer les choix
newsletter-manage-intro = La lettre liste les nouveautés des piliers et thèmes cochés ; sans choix, elle liste tout.
newsletter-manage-saved-title = Choix enregistrés
newsletter-manage-saved = La prochaine lettre suivra vos nouveaux choix.
## Groupes d'experts (ticket #17)
groups-heading = Groupes d'experts
groups-lead = Des espaces fermés pour les praticiens et les chercheurs. Seuls les membres d'un groupe lisent ses discussions.
groups-none = Il n'y a pas encore de groupe.
groups-admin-link = Gérer les groupes
groups-admin-heading = Groupes d'experts : gestion
groups-policy-request = Tout membre confirmé peut demander à rejoindre
groups-policy-invitation = Sur invitation uniquement
groups-status-member = Vous êtes membre
groups-status-pending = Votre demande est en attente
groups-role-member = membre
groups-role-moderator = modérateur
groups-members = Membres
groups-leave = Quitter ce groupe
groups-pending = Votre demande d'adhésion attend un modérateur. Vous avez écrit :
groups-ask-heading = Demander à rejoindre
groups-ask = Envoyer ma demande
groups-statement-hint = Quelques phrases sur qui vous êtes et pourquoi vous souhaitez rejoindre. Les modérateurs du groupe la lisent.
groups-login-to-ask = Connectez-vous pour demander à rejoindre
groups-queue-link = Demandes et signalements en attente
groups-queue-heading = Demandes d'adhésion
groups-requests = Demandes
groups-approve = Accepter
groups-decline = Refuser
groups-reason-hint = Nécessaire pour refuser : le membre la reçoit par courriel.
groups-error-reason = Indiquez pourquoi vous refusez : le membre reçoit ce motif.
groups-keep-post = Garder le message
groups-new = Nouveau groupe
groups-create = Créer le groupe
groups-public-page = La page du groupe
groups-edit = Nom, description et qui peut rejoindre
groups-save = Enregistrer
groups-add-member = Ajouter un membre ou nommer un modérateur
groups-add = Ajouter
groups-email-hint = L'adresse électronique d'un compte confirmé.
groups-error-policy = Choisissez qui peut demander à rejoindre.
groups-error-name = Le nom doit contenir des lettres ou des chiffres.
groups-error-taken = Un groupe porte déjà ce nom.
groups-error-no-account = Aucun compte confirmé n'a cette adresse.
form-field-statement = Pourquoi vous souhaitez rejoindre
form-field-decline-reason = Motif (pour refuser)
form-field-group-description = Description
form-field-join-policy = Qui peut demander à rejoindre
form-field-group-role = Rôle dans le groupe
email-group-approved-subject = Bienvenue dans le groupe « { $group } » sur Sparks
email-group-approved-body = Votre demande pour rejoindre « { $group } » a été acceptée. Les discussions du groupe sont ici : { $link }
email-group-declined-subject = Votre demande pour rejoindre « { $group } » sur Sparks
email-group-declined-body = Un modérateur de « { $group } » a refusé votre demande. Motif : { $reason }  Vous pouvez lire la présentation du groupe ici : { $link }
## Every fact of a record, with its sources (issue 16)
form-field-grant-id = Numéro de la convention de subvention
form-field-coordinator = Coordinateur (organisation)
form-field-coordinator-country = Pays du coordinateur
form-field-partner-countries = Pays des partenaires
form-field-eu-contribution-eur = Contribution de l’UE (euros)
form-field-cordis-url = Page CORDIS
form-field-sources = Sources
form-field-field-sources = Sources de faits précis
form-field-sparks-urls = Pages sur l’ancien site Sparks
form-field-audience = Public
form-field-organisers = Organisateurs
form-field-also-cited-at = Aussi cité dans
form-field-chat = Messagerie
form-yes = Oui
form-no = Non
form-hint-lines = Un par ligne.
form-hint-lines-countries = Un pays par ligne : son nom ou son code à deux lettres, comme PL.
form-hint-lines-urls = Une adresse web par ligne, commençant par https:// ou http://.
form-hint-field-sources = Un fait par ligne : le nom du fait, une espace, puis l’adresse de sa source (plusieurs adresses séparées par des espaces), par exemple : start_date https://example.org/about
form-hint-euros = Un nombre entier d’euros, en chiffres seulement, comme 4974290.
form-hint-plain = Texte brut : affiché tel qu’il est écrit.
form-error-line-url = Ligne { $line } : « { $value } » n’est pas une adresse web (elle doit commencer par https:// ou http://).
form-error-line-country = Ligne { $line } : « { $value } » n’est pas un pays connu ; écrivez son nom ou son code à deux lettres.
form-error-line-field-source = Ligne { $line } : « { $value } » doit donner le nom du fait, une espace, puis l’adresse de sa source.
form-error-whole-euros = Écrivez un nombre entier d’euros, en chiffres seulement, comme 4974290.
form-error-year = Écrivez une année en chiffres, comme 2024.
form-error-source-needed = Une nouvelle initiative a besoin d’au moins une source : l’adresse web d’une page qui confirme ses faits.
form-field-partners = Organisations partenaires
form-hint-lines-partners = Une organisation par ligne, par son nom ; leurs pays vont dans le champ suivant.
fact-partners = Partenaires
## Statut d’après les faits et dates de vérification (issue #16)
status-probably-ongoing = Probablement en cours
status-probably-ongoing-since = Probablement en cours (débutée en { $year }, aucune date de fin enregistrée)
status-rule-note = « En cours » signifie que la date de fin n’est pas encore passée ou qu’une source le dit. Sans date de fin, une initiative qui a débuté au cours des trois dernières années est indiquée comme probablement en cours ; une plus ancienne, comme statut inconnu.
fact-status-source = Source du statut
form-field-status = Statut indiqué par une source
form-hint-status = Seulement si une source le dit (par exemple le site de l’initiative annonce sa fin). Sinon, les dates décident.
form-status-from-dates = Aucun : déduire des dates
form-field-status-source = Source du statut
form-hint-status-source = L’adresse de la page qui indique le statut. Obligatoire si un statut est choisi.
checked-on = Vérifié le { $date }
checked-never = Pas encore vérifié
review-heading = File de relecture
review-lead = Les fiches vérifiées il y a le plus longtemps viennent d’abord : celles jamais vérifiées en premier, les services d’aide avant le reste. « Toujours exact » enregistre la date du jour et votre nom.
review-record = Fiche
review-type = Type
review-checked = Dernière vérification
review-actions = Actions
review-checked-by = { $date } par { $name }
review-still-correct = Toujours exact
review-edit = Modifier
review-empty = Rien à relire.
review-done = Marqué comme vérifié aujourd’hui.
review-type-initiative = Initiative
review-type-resource = Ressource
review-type-helpline = Service d’aide
review-type-statistic = Chiffre
review-type-recommendation = Recommandation
## Notifications (/notifications, the account menu, notification emails)
nav-notifications = Notifications
nav-notifications-unread = non lues
notifications-title = Notifications
notifications-unread-count = { $count ->
    [one] { $n } notification non lue
   *[other] { $n } notifications non lues
}
notifications-read-all = Tout marquer comme lu
notifications-none = Aucune notification pour l’instant. Les réponses à vos discussions, les mentions de votre nom et les décisions sur vos propositions apparaîtront ici.
notifications-unread = non lue
notifications-mark-read = Marquer comme lue
notifications-email-heading = E-mail
notifications-email-intro = Pour chaque type, choisissez de recevoir un e-mail tout de suite, un e-mail récapitulatif par jour, ou aucun. Elles restent toujours listées sur cette page.
notifications-save = Enregistrer mes choix
notifications-saved = Vos choix sont enregistrés.
notifications-read-done = Marquée comme lue.
notifications-feed-heading = Flux privé
notifications-feed-intro = Une adresse secrète d’un flux Atom de vos notifications, pour un lecteur de flux. Quiconque la connaît peut lire vos notifications : gardez-la pour vous, et créez-en une nouvelle si elle a été divulguée (l’ancienne cesse alors de fonctionner).
notifications-feed-url = L’adresse de votre flux
notifications-feed-once = Copiez-la maintenant : pour votre sécurité, elle n’est pas conservée et ne pourra plus être affichée.
notifications-feed-exists = Vous avez un flux privé. Créez une nouvelle adresse si vous l’avez perdue ou si elle a été divulguée ; l’ancienne cesse alors de fonctionner.
notifications-feed-create = Créer une adresse de flux
notifications-feed-regenerate = Créer une nouvelle adresse
notifications-feed-revoke = Désactiver le flux
notifications-feed-revoked = Votre flux privé est désactivé : son adresse ne fonctionne plus.
notifications-feed-title = Vos notifications Sparks
notification-kind-reply = Réponse
notification-kind-reply-hint = Une réponse dans une discussion que vous avez ouverte ou à laquelle vous avez participé.
notification-kind-mention = Mention
notification-kind-mention-hint = Quelqu’un a écrit @ suivi de votre nom (espaces écrites _) dans un message.
notification-kind-decision = Décision sur votre proposition
notification-kind-decision-hint = La rédaction a publié ou refusé votre proposition.
notification-kind-followed = Ce que vous suivez
notification-kind-followed-hint = Du nouveau dans une initiative, un pilier, un thème, une discussion ou une recherche que vous suivez.
notification-kind-waiting = En attente d’examen
notification-kind-waiting-hint = Pour la rédaction et les admins : une nouvelle proposition ou un signalement attend.
notification-delivery-immediate = E-mail tout de suite
notification-delivery-digest = Récapitulatif quotidien
notification-delivery-off = Pas d’e-mail
notification-email-subject = Sparks — { $kind } : { $title }
notification-email-body = { $kind } : { $title }
    { $link }
notification-email-digest-subject = { $count ->
    [one] Sparks : { $n } notification aujourd’hui
   *[other] Sparks : { $n } notifications aujourd’hui
}
notification-email-digest-intro = Vos notifications depuis le dernier récapitulatif :
notification-email-stop = Ne plus recevoir ce type d’e-mail, en un clic : { $stop }
notification-email-settings = Choisir comment être prévenu : { $settings }
notifications-stop-title = Ne plus recevoir ces e-mails
notifications-stop-submit = Ne plus recevoir ces e-mails
notifications-stop-intro = Plus d’e-mails pour : { $kind }. Elles restent listées sur votre page de notifications.
notifications-stopped-title = E-mails arrêtés
notifications-stopped = Vous ne recevrez plus d’e-mails pour : { $kind }. Vous pouvez les réactiver sur votre page de notifications.
# Following (issue #17)
follow-start = Suivre
follow-stop = Ne plus suivre
follow-following = Vous suivez ceci.
follow-all = Tout ce que vous suivez
follow-kind-initiative = Initiative
follow-kind-pillar = Pilier
follow-kind-country = Pays
follow-kind-topic = Thème
follow-kind-thread = Discussion
follow-kind-search = Recherche enregistrée
following-heading = Ce que vous suivez
following-lead = Les nouvelles fiches, actualités, événements, ressources et réponses dans ce que vous suivez apparaissent dans vos notifications.
following-none = Vous ne suivez encore rien. Utilisez le bouton Suivre sur une initiative, un pilier, une discussion, ou une liste filtrée ou une recherche.
account-following-link = Ce que vous suivez

## Recommendation uptake tracker (issue #19, section 2)
recs-back = Toutes les recommandations
recs-pillar = Pilier
recs-filter = Filtrer les recommandations
recs-filter-any = Toutes
recs-filter-apply = Afficher
recs-filter-clear = Effacer les filtres
recs-filter-pillar = Pilier
recs-filter-issuer = Émise par
recs-filter-addressee = Adressée à
recs-filter-country = Pays
recs-filter-status = Mise en œuvre
recs-none = Aucune recommandation ne correspond à ces filtres.
uptake-tracker-link = Suivi de la mise en œuvre
uptake-csv = Mise en œuvre en CSV
uptake-heading = Mise en œuvre
uptake-caption = Où en est chaque destinataire de cette recommandation
uptake-addressee = Destinataire
uptake-status = État
uptake-date = Date
uptake-note = Note
uptake-timeline = Chronologie
uptake-no-history = Personne n’a encore enregistré de mise en œuvre : l’état est inconnu.
uptake-recorded-by = Enregistré par { $name } le { $when }
uptake-record-heading = Enregistrer une mise à jour
uptake-record = Envoyer la mise à jour
uptake-record-staff = En tant que membre de la rédaction, votre mise à jour est publiée aussitôt et gardée dans la chronologie.
uptake-record-member = Votre mise à jour et sa preuve passent par la rédaction avant d’être publiées.
uptake-log-in = Connectez-vous pour proposer une mise à jour avec sa preuve
uptake-proposed = Merci : votre mise à jour attend la rédaction.
uptake-field-addressee = Destinataire
uptake-field-country = État membre (code à deux lettres)
uptake-field-status = État de la mise en œuvre
uptake-field-date = Date de la preuve
uptake-field-note = Note brève
uptake-field-source-url = Source de la preuve
uptake-hint-country = Seulement pour les États membres, par exemple PL ; laissez vide pour tous les États membres.
uptake-hint-date = Le jour où l’état était établi, par exemple 2025-03-31. Vide signifie aujourd’hui.
uptake-hint-note = Ce qui a été fait, en une ou deux phrases.
uptake-hint-source = Obligatoire sauf pour « Pas commencée » et « Inconnu » : une page qui le montre.
uptake-error-source = Indiquez l’adresse d’une page qui montre cet état.
uptake-error-future = La date ne peut pas être dans le futur.
uptake-error-date = Écrivez un jour comme 2025-03-31.
uptake-error-country = Écrivez un code de pays à deux lettres, comme PL.
uptake-error-country-kind = Seuls les États membres sont désignés par pays : choisissez « États membres » ou laissez le pays vide.
uptake-error-note = Utilisez au plus 1000 caractères.
uptake-error-url = Écrivez une adresse web qui commence par https:// ou http://.
uptake-status-not-started = Pas commencée
uptake-status-in-progress = En cours
uptake-status-implemented = Mise en œuvre
uptake-status-partly-implemented = Partiellement mise en œuvre
uptake-status-rejected = Rejetée
uptake-status-unknown = Inconnu
uptake-addressee-eu = Institutions de l’UE
uptake-addressee-member-states = États membres
uptake-addressee-industry = Plateformes et industrie
uptake-addressee-practitioners = Professionnels de terrain
uptake-addressee-civil-society = Société civile
uptake-addressee-all = Tous les acteurs concernés
uptake-addressee-country = État membre : { $country }
uptake-tracker-title = Suivi de la mise en œuvre des recommandations
uptake-tracker-heading = Qui a donné suite aux recommandations
uptake-tracker-lead = Chaque ligne est une recommandation clé, chaque colonne un de ses destinataires, les États membres un par un. Chaque case montre le dernier état enregistré, en couleur et avec un signe.
uptake-tracker-caption = État de la mise en œuvre par recommandation et destinataire
uptake-legend = Légende
uptake-not-addressed = Non concerné
uptake-recommendation = Recommandation
uptake-totals = Totaux
uptake-totals-caption = Nombre de recommandations par état et destinataire
uptake-total = Total
uptake-produced-by = Élaborée par
uptake-acted-on-by = Mise en œuvre par
uptake-links-heading = Initiatives et ressources liées
uptake-link = Lier
uptake-unlink = Retirer
uptake-field-relation = Relation
uptake-field-kind = Type
uptake-field-target = Identifiant de l’initiative ou de la ressource
uptake-hint-target = La dernière partie de son adresse, par exemple arica.
uptake-error-target = Aucune initiative ou ressource de ce type n’a cet identifiant.
uptake-initiative-produced-by = Recommandations qu’elle a élaborées
uptake-initiative-acted-on-by = Recommandations qu’elle met en œuvre
kind-name-uptake = Mise à jour de mise en œuvre
## Site: navigation, compact header, contact, privacy, accessibility (issue #19, section 3)
header-menu = Menu
header-search-link = Rechercher
footer-nav-label = À propos de ce site
footer-campaigns = Campagnes
footer-media-pack = Kit média
footer-support = Nous soutenir
footer-join = Rejoindre la communauté
footer-contact = Contact
footer-privacy-notice = Confidentialité
footer-accessibility = Accessibilité
home-invite-heading = Participez
home-invite-join-text = Rejoignez la communauté : proposez des initiatives, des ressources et des événements, et échangez avec des professionnels sur la lutte contre les abus sexuels sur enfants.
home-invite-join = Rejoindre { $site }
home-invite-support-text = { $site } est gratuit et indépendant. Votre soutien le garde en ligne, vérifié et traduit.
home-invite-support = Soutenir { $site }
duration-hours = { $count ->
    [one] { $n } heure
   *[other] { $n } heures
}
duration-minutes = { $count ->
    [one] { $n } minute
   *[other] { $n } minutes
}
contact-title = Nous contacter
contact-submit = Envoyer le message
contact-intro = Écrivez aux personnes qui gèrent { $site } : une question, une correction, un obstacle rencontré, une proposition.
contact-help-first = Si vous ou un enfant avez besoin d'aide maintenant, n'attendez pas de réponse : la page d'aide donne les numéros d'urgence et les lignes d'écoute.
contact-email-hint = Nous en avons besoin pour vous répondre, et ne l'utilisons pour rien d'autre.
contact-privacy-link = Comment votre message est traité
contact-sent-title = Message envoyé
contact-sent = Merci. Votre message est en route vers les personnes qui gèrent le site ; elles vous répondront à l'adresse indiquée.
contact-back-home = Retour à l'accueil
form-field-subject = Objet
form-field-message = Message
privacy-title = Politique de confidentialité
privacy-description = Ce que { $site } conserve à votre sujet, pourquoi, combien de temps, et comment exercer vos droits.
privacy-lead = Cette page indique ce que { $site } conserve, pourquoi et combien de temps, et comment exercer vos droits. Elle est produite à partir des réglages avec lesquels ce site fonctionne : les durées indiquées sont celles qu'il applique.
privacy-no-tracking = Les visiteurs qui ne se connectent pas ne reçoivent aucun cookie, et aucune page ne charge quoi que ce soit depuis un autre site : ni statistiques, ni polices, ni cartes, ni vidéos intégrées.
privacy-data-heading = Ce qui est conservé, pourquoi et combien de temps
privacy-why = Pourquoi
privacy-how-long = Combien de temps
privacy-visitors-what = Visiteurs non connectés
privacy-visitors-why = Rien n'est conservé à votre sujet hormis le journal du serveur (ci-dessous) : les pages sont les mêmes pour tous, et le choix de langue passe par l'adresse, pas par un cookie.
privacy-visitors-how-long = Rien à conserver.
privacy-logs-what = Journaux du serveur : méthode, chemin (jamais les termes recherchés ni d'autre texte de requête), statut et durée de chaque requête ; pour les événements de sécurité (connexions, formulaires refusés, limites de débit), l'adresse réseau
privacy-logs-why = Pour faire fonctionner le site, trouver les pannes et arrêter les abus.
privacy-logs-how-long = Aussi longtemps que les exploitants conservent leurs journaux ; le logiciel n'y écrit jamais de mots de passe, de jetons ni d'identifiants de session.
privacy-account-what = Comptes des membres : adresse e-mail, nom affiché, mot de passe (seulement sous forme de hachage argon2id), organisation, pays, expertise, piliers, ce que votre profil en montre, et un second facteur si vous l'activez (scellé avec la clé du site)
privacy-account-why = Pour gérer votre compte et afficher le profil que vous choisissez de rendre public ; l'adresse e-mail n'apparaît jamais sur une page.
privacy-account-how-long = Jusqu'à la suppression de votre compte.
privacy-session-what = Sessions : un cookie contenant un identifiant aléatoire ; la base de données n'en garde que le hachage
privacy-session-why = Pour que vous restiez connecté. Le cookie n'est posé qu'à la connexion.
privacy-session-how-long = Une session prend fin après { $idle } sans utilisation ({ $staff } pour les éditeurs et administrateurs), au plus tard { $absolute } après la connexion, ainsi qu'à la déconnexion ou au changement de mot de passe.
privacy-tokens-what = Liens envoyés par e-mail (confirmer une adresse, choisir un nouveau mot de passe, confirmer la lettre d'information) ; seul leur hachage est conservé
privacy-tokens-why = Pour vérifier qu'une adresse est bien la vôtre.
privacy-tokens-how-long = Inscription : { $join } ; nouveau mot de passe : { $reset } ; lettre d'information : { $newsletter }. Ensuite le lien ne fonctionne plus.
privacy-posts-what = Ce que vous écrivez : discussions, réponses, signalements, propositions, et versions antérieures des messages modifiés
privacy-posts-why = Les discussions de la communauté et la modération de ce qui est publié.
privacy-posts-how-long = Jusqu'à ce que vous supprimiez un message. Si vous supprimez votre compte, vos messages restent, sans votre nom.
privacy-notifications-what = Notifications, ce que vous suivez, vos choix d'e-mails et la langue de vos e-mails
privacy-notifications-why = Pour vous informer des réponses, mentions et nouvelles fiches que vous avez choisi de suivre.
privacy-notifications-how-long = Jusqu'à la suppression de votre compte ; chaque e-mail contient un lien pour l'arrêter.
privacy-newsletter-what = Abonnés à la lettre d'information : adresse e-mail, piliers et thèmes choisis, et date de confirmation de l'abonnement
privacy-newsletter-why = Pour envoyer le récapitulatif des nouveautés.
privacy-newsletter-digest-every = Sur ce site, il part toutes les { $every }.
privacy-newsletter-digest-manual = Sur ce site, les exploitants l'envoient à la main.
privacy-newsletter-how-long = Jusqu'à votre désabonnement, avec le lien en un clic de chaque envoi ; rien n'est envoyé avant votre confirmation.
privacy-contact-what = Messages envoyés par le formulaire de contact : nom, adresse de réponse, objet et texte
privacy-contact-why = Pour vous répondre.
privacy-contact-how-long = Le site ne les conserve pas : chaque message est envoyé par e-mail aux exploitants et quitte la file d'attente une fois parti.
privacy-mail-smtp = Ce site remet les e-mails au serveur de messagerie des exploitants.
privacy-mail-outbox = Ce site n'a pas de serveur de messagerie configuré : les e-mails sont écrits sous forme de fichiers dans le dossier d'envoi du serveur, pour les exploitants.
privacy-mail-what = E-mails en attente d'envoi : adresse, objet et texte
privacy-mail-why = Pour remettre les e-mails ci-dessus, et réessayer quand le serveur de messagerie est indisponible.
privacy-mail-how-long = Supprimés une fois envoyés ; après { $attempts } tentatives échouées, un e-mail est gardé, marqué en échec, pour vérification par les exploitants.
privacy-uploads-what = Images déposées par les éditeurs pour le kit média, réencodées sans leurs métadonnées (lieu, appareil, auteur).
privacy-uploads-bucket = Elles sont conservées dans le stockage compatible S3 des exploitants.
privacy-uploads-local = Elles sont conservées dans le dossier de données du serveur.
privacy-uploads-why = Pour les proposer au téléchargement.
privacy-uploads-how-long = Jusqu'à ce qu'un éditeur les retire.
privacy-audit-what = Le journal des modifications : qui a modifié quelle fiche, quand, et la version précédente
privacy-audit-why = Pour que chaque fait publié puisse être retracé et restauré.
privacy-audit-how-long = Aussi longtemps que la fiche ; les entrées d'un compte supprimé ne le nomment plus.
privacy-backups-what = Sauvegardes : copies de toute la base de données et des fichiers déposés
privacy-backups-why = Pour restaurer le site après une panne.
privacy-backups-how-long = Aussi longtemps que les exploitants gardent chaque copie ; les données effacées disparaissent des sauvegardes à mesure que les anciennes copies sont remplacées.
privacy-rights-heading = Vos droits et comment les exercer
privacy-rights-intro = Selon le règlement général sur la protection des données (RGPD), vous pouvez consulter, rectifier et effacer ce qui est conservé à votre sujet, et vous opposer à son utilisation. Vous pouvez faire l'essentiel vous-même :
privacy-right-access = Voir tout ce qui est conservé sur votre compte, sous forme de fichier :
privacy-right-access-link = exporter vos données
privacy-right-rectify = Corriger vos informations et choisir ce que montre votre profil :
privacy-right-rectify-link = votre compte
privacy-right-erase = Effacer votre compte :
privacy-right-erase-link = supprimer votre compte
privacy-right-unsubscribe = Arrêter la lettre d'information avec le lien de chaque envoi, ou ici :
privacy-right-unsubscribe-link = la lettre d'information
privacy-right-notifications = Arrêter les e-mails de notification :
privacy-right-notifications-link = vos notifications
privacy-right-other = Pour tout le reste (une question sur vos données, une opposition, un abonnement que vous ne retrouvez pas), écrivez-nous :
privacy-right-other-link = contact
privacy-right-complain = Vous pouvez aussi déposer une réclamation auprès de l'autorité de protection des données de votre pays.
a11y-title = Déclaration d'accessibilité
a11y-description = Dans quelle mesure { $site } est accessible, ce qui ne l'est pas encore, et comment nous signaler un obstacle.
a11y-lead = { $site } veut que son site soit utilisable par tous, conformément à la directive (UE) 2016/2102. Cette déclaration s'applique à { $address }.
a11y-status-heading = État de conformité
a11y-status-partial = Ce site est partiellement conforme aux règles pour l'accessibilité des contenus web (WCAG) 2.1, niveau AA, en raison des lacunes énumérées ci-dessous.
a11y-gaps-heading = Contenus non accessibles
a11y-gaps-intro = Les contenus suivants ne sont pas encore pleinement accessibles :
a11y-gap-charts = Les graphiques des pages de chiffres et du panorama sont des images dessinées par le serveur : un lecteur d'écran ne peut pas les explorer. Chaque graphique est accompagné d'un tableau avec les mêmes chiffres et d'un fichier CSV.
a11y-gap-languages = Les fiches, les actualités issues des flux des initiatives et les services d'aide s'affichent dans la langue de leur source, pas toujours dans celle de la page ; leur langue est indiquée quand elle est connue.
a11y-gap-member-texts = Les textes rédigés par les membres et les éditeurs peuvent manquer de titres ou de descriptions de liens que nous ne pouvons pas vérifier automatiquement.
a11y-gap-linked = Les documents et sites vers lesquels nous renvoyons (rapports de projets, fichiers PDF, sites d'autres organisations) ne dépendent pas de nous et peuvent ne pas être accessibles.
a11y-gap-audit = Aucun audit complet par un expert indépendant n'a encore été réalisé ; les contrôles automatiques ne détectent qu'une partie des problèmes possibles.
a11y-preparation-heading = Établissement de cette déclaration
a11y-preparation-date = Cette déclaration repose sur les contrôles revus pour la dernière fois le { $date }.
a11y-preparation-method = Méthode : auto-évaluation. Chaque type de page est vérifié dans un vrai navigateur avec axe-core selon les WCAG 2.1 A et AA, pour l'usage au seul clavier (lien d'évitement et sortie rapide en premier), sur un écran de 320 pixels de large sans défilement horizontal, et sans JavaScript.
a11y-feedback-heading = Retour d'information et contact
a11y-feedback-text = Si vous rencontrez un obstacle, ou avez besoin d'un contenu dans un autre format, dites-le-nous et nous vous répondrons :
a11y-feedback-link = le formulaire de contact
a11y-enforcement-heading = Voies de recours
a11y-enforcement-text = Si notre réponse ne vous satisfait pas, vous pouvez vous adresser à l'organisme qui contrôle l'accessibilité du web dans votre pays. La Commission européenne en publie la liste :
a11y-enforcement-link = l'accessibilité du web dans l'UE
# Campaigns and their communication kits (issue #19)
nav-campaigns = Campagnes
campaigns-title = Campagnes
campaigns-heading = Campagnes et kits de communication
campaigns-lead = Messages clés, publications à partager et visuels pour les journées de sensibilisation et pour Sparks, dans chaque langue du site. Copiez-les, partagez-les ou téléchargez un kit complet.
campaigns-new = Créer une campagne
campaigns-none = Il n’y a pas encore de campagne.
campaign-draft = Brouillon : seule l’équipe voit cette campagne.
campaign-languages = Aussi en :
campaign-kit-download = Télécharger le kit complet (zip : visuels, publications, e-mail et texte de presse)
campaign-edit = Modifier cette campagne
campaign-messages = Messages clés
campaign-hashtags = Hashtags
campaign-short-posts = Publications courtes (X, Bluesky, Mastodon)
campaign-long-posts = Publications longues (LinkedIn, Facebook, un blog)
campaign-email = E-mail ou lettre d’information
campaign-email-subject = Objet :
campaign-press = Texte de presse
campaign-initiatives = Initiatives à l’origine
campaign-resources = Ressources
campaign-events = Événements
campaign-cta = Appel à l’action
campaign-format-banner-1200x630 = Bannière
campaign-format-banner-1080x1080 = Publication carrée
campaign-format-story-1080x1920 = Story
campaign-format-wordmark = Logotype
campaign-graphic-alt = { $site } : { $slogan }. { $title }. { $hashtags }
campaign-form-title = Campagne
campaign-form-submit = Enregistrer comme brouillon
campaign-publish = Publier
campaign-form-intro = Rédigez la campagne dans chacune de ses langues (une langue laissée vide est omise). Enregistrez un brouillon pour voir ici ses visuels et sa page avant de publier.
campaign-status-published = Publiée : les visiteurs voient cette campagne.
campaign-status-draft = Brouillon : seule l’équipe voit cette campagne jusqu’à sa publication.
campaign-see-page = Voir la page de la campagne
campaign-field-slug = Adresse (slug)
campaign-field-pillars = Piliers
campaign-field-starts-on = Premier jour
campaign-field-ends-on = Dernier jour
campaign-field-hashtags = Hashtags
campaign-field-cta = Appel à l’action
campaign-field-source-url = Source
campaign-field-initiatives = Initiatives
campaign-field-resources = Ressources
campaign-field-events = Événements
campaign-field-title = Titre
campaign-field-slogan = Slogan
campaign-field-summary = Résumé
campaign-field-messages = Messages clés
campaign-field-cta-label = Texte de l’appel à l’action
campaign-field-short-posts = Publications courtes
campaign-field-long-posts = Publications longues
campaign-field-email-subject = Objet de l’e-mail
campaign-field-email-body = Texte de l’e-mail
campaign-field-press = Texte de presse
campaign-hint-slug = Lettres minuscules, chiffres et tirets : /campaigns/cette-adresse.
campaign-hint-hashtags = Séparés par des espaces, chacun commençant par #.
campaign-hint-cta = Un chemin sur ce site, comme /join, /help, /support ou /resources/une-ressource.
campaign-hint-initiatives = Un slug par ligne, comme dans /initiatives/slug.
campaign-hint-resources = Un slug par ligne, comme dans /resources/slug.
campaign-hint-events = Un slug par ligne, comme dans /events/slug.
campaign-hint-messages = Un message par ligne.
campaign-hint-short-posts = Une ligne vide entre les publications ; 280 caractères au plus avec les hashtags.
campaign-hint-long-posts = Une ligne contenant seulement --- entre les publications.
campaign-error-short-post = Cette publication est trop longue avec les hashtags (280 caractères au plus).
campaign-error-language = Rédigez la campagne dans au moins une langue.
campaign-error-slug = Utilisez des lettres minuscules, des chiffres et des tirets (80 au plus).
campaign-error-date = Saisissez une date au format AAAA-MM-JJ (le dernier jour pas avant le premier).
campaign-error-hashtags = Chaque hashtag commence par # et ne contient pas d’espace.
campaign-error-cta = Saisissez un chemin sur ce site, commençant par /.
campaign-error-source = Saisissez une adresse commençant par https://.
campaign-error-unknown = Rien n’a été trouvé à { $slug }.
campaign-error-slug-taken = Une autre campagne a cette adresse.
media-campaign-heading = La campagne de la plateforme
media-campaign-lead = Le kit de lancement de Sparks : messages clés, publications et visuels dans chaque langue, générés à partir de ses mots.
media-campaign-link = Ouvrir la campagne de lancement de Sparks

# Campaign proposals by members
campaigns-propose = Proposer une campagne
campaign-propose-title = Proposer une campagne
campaign-propose-submit = Envoyer pour relecture
campaign-propose-intro = Rédigez la campagne et son kit dans chaque langue que vous pouvez (une langue laissée vide est omise). Une personne de l’équipe éditoriale la relit, avec ses visuels, avant sa publication.
