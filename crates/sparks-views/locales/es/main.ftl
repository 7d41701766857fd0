## Sparks interface messages: Spanish.
## Messages whose id ends in -html contain markup and are inserted unescaped: they must
## never take arguments.

## Frame
skip-link = Saltar al contenido principal
quick-exit = Salida rápida
quick-exit-hint = (salir de este sitio ahora; con el teclado, pulse Mayús tres veces)
quick-exit-press-two = Mayús: pulse 2 veces más para salir.
quick-exit-press-one = Mayús: pulse 1 vez más para salir.
site-tagline = juntos contra el abuso sexual infantil
nav-label = Navegación principal
nav-home = Inicio
nav-initiatives = Iniciativas
nav-pillars = Pilares
nav-about = Acerca de
nav-help = Ayuda
language-switcher = Idioma
footer-need-help = ¿Necesita ayuda ahora?
footer-helplines = Líneas de ayuda y dónde denunciar abusos
footer-emergency = En caso de emergencia, llame al 112.
footer-about = Acerca de { $site }
footer-api = API de datos abiertos
footer-privacy = { $site } no instala cookies a los visitantes ni carga nada de otros sitios.
search-button = Buscar
breadcrumb-label = Ruta de navegación

## Labels
label-status = Estado
label-programme = Programa
label-pillars = Pilares
label-countries = Países
label-website = Sitio web
initiatives-count = { $count ->
    [one] { $n } iniciativa
   *[other] { $n } iniciativas
}

## Home
home-title = Contra el abuso sexual infantil en Europa
home-description = Las iniciativas que previenen el abuso y la explotación sexual infantil, los detectan e investigan, y apoyan a las víctimas y supervivientes.
home-heading = Todo lo que Europa hace contra el abuso sexual infantil, en un solo lugar
home-lead = Sparks reúne las iniciativas que previenen el abuso y la explotación sexual infantil, los detectan e investigan, y apoyan a las víctimas y supervivientes: quién hace qué, con qué financiación, dónde y con qué resultados. Así, los nuevos proyectos pueden partir del trabajo anterior en lugar de empezar de cero.
home-search-label = { $count ->
    [one] Buscar en el directorio de { $n } iniciativa
   *[other] Buscar en el directorio de { $n } iniciativas
}
home-pillars-heading = Los tres pilares
home-by-programme = Por programa de financiación
home-by-country = Por país
home-all-countries = Todos los países del directorio
home-latest = Últimas incorporaciones
home-see-recent = Ver todo lo añadido recientemente

## Directory
directory-title = Iniciativas
directory-description = Directorio de iniciativas contra el abuso y la explotación sexual infantil.
directory-heading-pillar = Iniciativas: { $pillar }
directory-title-matching = { $title } – búsqueda: «{ $q }»
directory-title-page = { $title }, página { $page }
directory-search-label = Buscar iniciativas
directory-sort-label = Ordenar por
directory-apply = Aplicar
directory-filters-in-use = Filtros aplicados
directory-remove-filter = quitar este filtro
directory-clear-all = Quitar todos los filtros
directory-no-results = Ninguna iniciativa coincide. Pruebe con menos filtros o con otras palabras.
directory-results = Resultados
directory-as-json = Esta lista en JSON
directory-filter-heading = Filtrar
directory-summary-all = { $count ->
    [one] { $n } iniciativa
   *[other] { $n } iniciativas
}
directory-summary-match = { $count ->
    [one] { $n } iniciativa encontrada
   *[other] { $n } iniciativas encontradas
}
directory-summary-page = { $summary } · página { $page } de { $pages }
filter-active = { $facet }: { $value }
filter-text = Texto
facet-pillar = Pilar
facet-status = Estado
facet-programme = Programa
facet-kind = Tipo de iniciativa
facet-country = País
facet-year = Año de inicio
facet-topic = Tema
facet-show-choices = { $count ->
    [one] Mostrar { $n } opción
   *[other] Mostrar { $n } opciones
}
facet-selected = seleccionado; siga el enlace para quitarlo
sort-name = Nombre (A–Z)
sort-newest = Fecha de inicio (más recientes primero)
sort-recent = Añadidas recientemente
pagination-label = Páginas
pagination-previous = Página anterior
pagination-next = Página siguiente
pagination-page = Página

## Dates
date-range = { $start } – { $end }
date-from = inicio: { $start }
date-until = fin: { $end }
date-month-year = { $month } de { $year }
date-day-month-year = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-1-of = enero
month-2-of = febrero
month-3-of = marzo
month-4-of = abril
month-5-of = mayo
month-6-of = junio
month-7-of = julio
month-8-of = agosto
month-9-of = septiembre
month-10-of = octubre
month-11-of = noviembre
month-12-of = diciembre

## Profile
profile-key-facts = Datos clave
profile-as-source-says = Según la fuente:
profile-topics = Temas
profile-notes = Notas sobre los datos
profile-sources = Fuentes
profile-no-sources = Todavía no consta ninguna fuente.
profile-sources-per-fact = Fuentes de cada dato
profile-former-site = En el antiguo sitio Sparks in the Dark
profile-as-json = Este perfil en JSON
fact-kind = Tipo
fact-programme = Programa
fact-grant = Acuerdo de subvención
fact-start = Inicio
fact-end = Fin
fact-status = Estado
fact-coordinator = Coordinador
fact-eu-contribution = Contribución de la UE
field-funding_programme = Financiación
field-start_date = Inicio
field-end_date = Fin
field-dates = Fechas
field-grant_id = Acuerdo de subvención
field-eu_contribution_eur = Contribución de la UE
field-coordinator = Coordinador
field-consortium = Socios
field-partners = Socios
field-cordis_url = CORDIS
field-website = Sitio web
field-description = Descripción

## Pillars
pillar-prevention = Prevención
pillar-detection-investigation = Detección e investigación
pillar-victim-support = Apoyo a víctimas y supervivientes
pillar-prevention-description = Detener el abuso antes de que ocurra: sensibilización y educación, ayuda a personas preocupadas por sus propios pensamientos sexuales, servicios en línea más seguros.
pillar-detection-investigation-description = Descubrir el abuso y a quienes lo cometen: líneas de denuncia, herramientas para la policía y la industria, identificación de víctimas en material de abuso sexual infantil.
pillar-victim-support-description = Ayudar a niños, niñas y adultos supervivientes: justicia adaptada a la infancia, Barnahus, terapia, retirada del material de abuso, la voz de los supervivientes.
pillar-all-initiatives = { $count ->
    [one] { $n } iniciativa en este pilar
   *[other] Las { $n } iniciativas de este pilar
}
pillar-others = Otros pilares
pillar-who-funds = Quién financia este trabajo
pillar-where = Dónde se lleva a cabo
pillar-initiatives = Iniciativas
pillar-see-all = { $count ->
    [one] Verla en el directorio
   *[other] Ver las { $n } en el directorio
}

## Programmes
programme-isf-police = ISF-Police
programme-isec = ISEC
programme-horizon-2020 = Horizon 2020
programme-horizon-europe = Horizon Europe
programme-digital-europe = DIGITAL (Europa Digital)
programme-safer-internet = Programa para una Internet más segura
programme-cerv = CERV / Daphne
programme-eu4health = EU4Health
programme-erasmus-plus = Erasmus+
programme-other-eu = Otra financiación de la UE
programme-council-of-europe = Consejo de Europa
programme-international = Asociación internacional
programme-national = Financiación pública nacional
programme-private = Privada / fundación
programme-unknown = No consta

## Statuses
status-ongoing = En curso
status-completed = Finalizada
status-planned = Prevista
status-unknown = Estado desconocido

## Kinds
kind-project = Proyecto
kind-project-series = Serie de proyectos
kind-programme = Programa
kind-network = Red
kind-organisation = Organización
kind-tool = Herramienta
kind-intervention = Intervención
kind-database = Base de datos
kind-non-eu-initiative = Iniciativa sin financiación de la UE

## About
about-title = Acerca de { $site }
about-description = Qué es Sparks, de dónde viene y cómo se mantienen sus datos.
about-heading = Acerca de { $site }
about-lead = Sparks es el mapa compartido del trabajo contra el abuso y la explotación sexual infantil (CSAE) en Europa y fuera de ella.
about-why = { $count ->
    [one] La Unión Europea y muchos otros financian proyectos que previenen el abuso, lo detectan e investigan, y apoyan a las víctimas y supervivientes. Sus resultados quedan dispersos en sitios web de proyectos que cierran cuando termina la financiación, por lo que los nuevos proyectos empiezan con demasiada frecuencia desde cero. Sparks reúne todo el panorama en un solo lugar: por ahora { $n } iniciativa, con su financiación, socios, países, pilares y las fuentes de cada dato.
   *[other] La Unión Europea y muchos otros financian proyectos que previenen el abuso, lo detectan e investigan, y apoyan a las víctimas y supervivientes. Sus resultados quedan dispersos en sitios web de proyectos que cierran cuando termina la financiación, por lo que los nuevos proyectos empiezan con demasiada frecuencia desde cero. Sparks reúne todo el panorama en un solo lugar: por ahora { $n } iniciativas, cada una con su financiación, socios, países, pilares y las fuentes de cada dato.
}
about-origin-heading = De dónde viene Sparks
about-origin-html = Sparks continúa <a href="https://sparksinthedark.net/">Sparks in the Dark</a>, el sitio creado por el proyecto ARICA y administrado por la Plataforma Polaca de Seguridad Interior (PPHS).
about-facts-heading = Cómo se mantienen los datos
about-facts = Cada dato procede de una fuente pública, enlazada desde la página de la iniciativa. Cuando un dato no ha podido confirmarse, el campo se deja vacío en lugar de suponerlo. La financiación se muestra tanto con las palabras de la fuente como bajo un programa normalizado, para que el directorio pueda filtrarse por él. Cada registro indica cuándo se comprobaron sus datos por última vez; el equipo los confirma o corrige en una cola de revisión, empezando por la comprobación más antigua y por los servicios de ayuda. Un verificador de enlaces visita desde el servidor cada dirección externa que muestra el sitio, y las páginas marcan los enlaces que encontró rotos. Una iniciativa solo aparece como en curso si su fecha de fin aún no ha llegado o si una fuente lo dice. Los textos que escriben las personas se comparan con las orientaciones terminológicas del ámbito (las Orientaciones de Luxemburgo).
about-words-heading = Las palabras que usamos
about-words = Escribimos «material de abuso sexual infantil» (CSAM, por sus siglas en inglés), nunca «pornografía infantil»: esas imágenes registran el abuso de un niño o una niña.
about-privacy-heading = Privacidad
about-privacy = Quien no inicia sesión no recibe cookies. Ninguna página carga nada de otro sitio: ni fuentes tipográficas, ni analítica, ni mapas, ni vídeos incrustados.
about-open-data-heading = Datos abiertos
about-open-data-html = Todo el contenido del directorio está disponible a través de la <a href="/api/v1/openapi.json">API JSON</a>.

## Help
help-title = Ayuda y dónde denunciar
help-description = Líneas de ayuda a la infancia, líneas de denuncia y ayuda para personas preocupadas por sus propios pensamientos.
help-heading = Ayuda y dónde denunciar
help-emergency-html = Si un niño o una niña está en peligro inmediato, llame al número de emergencias <strong>112</strong> (en toda la UE).
help-children-heading = Para niños, niñas y jóvenes
help-children-html = El <strong>116 111</strong> es el número de la línea de ayuda a la infancia en toda la Unión Europea: gratuito, confidencial y atendido por personas formadas para escuchar. La mayoría de los países ofrecen también chat; consulte la <a href="https://childhelplineinternational.org/helplines/">lista de líneas de ayuda de Child Helpline International</a>.
help-report-heading = Denunciar material de abuso sexual infantil en internet
help-report-html = Las líneas de denuncia reciben denuncias de forma anónima y colaboran con la policía y los proveedores de servicios para que se retire el material. Puede encontrar la de su país en la <a href="https://www.inhope.org/EN/articles/report-to-a-hotline">red INHOPE</a>.
help-thoughts-heading = Si le preocupan sus propios pensamientos sexuales hacia menores
help-thoughts-html = Existe ayuda confidencial, y funciona. <a href="https://www.stopitnow.org.uk/">Stop It Now</a> y <a href="https://troubled-desire.com/">Troubled Desire</a> ofrecen apoyo anónimo en varios idiomas.
help-leave-heading = Salir rápidamente de este sitio
help-leave = El enlace «Salida rápida», en la parte superior de cada página, le lleva de inmediato a un sitio neutral. Con JavaScript activado, pulsar la tecla Mayús tres veces seguidas hace lo mismo, desde cualquier parte de la página, incluso mientras escribe; también la tecla Esc, salvo en un campo de formulario, para que no se pierda lo que está escribiendo. Este sitio se sustituye entonces en el historial de su navegador.

## Errors
error-not-found-heading = Página no encontrada
error-bad-request-heading = Esta dirección contiene un error
error-forbidden-heading = No disponible
error-method-heading = No permitido
error-generic-heading = Algo ha salido mal
error-detail-not-found = No hay nada en esta dirección. Puede que se haya trasladado o eliminado.
error-detail-bad-parameter = El parámetro «{ $name }» tiene un valor que no se puede usar: { $message }
error-detail-forbidden = Esta página no está disponible desde aquí.
error-detail-method = Esta dirección no acepta ese tipo de solicitud.
error-detail-too-large = La solicitud es demasiado grande.
error-detail-server = Algo ha salido mal por nuestra parte. Vuelva a intentarlo en un momento.
error-detail-generic = No se ha podido procesar la solicitud.
error-go-home-before = Desde aquí puede ir a:
error-home-link = la página de inicio
error-directory-link = el directorio de iniciativas
error-code = Error { $status }

## About: who runs Sparks, the pillars, taking part
about-who-heading = Quién gestiona Sparks
about-who = Sparks está administrado por la Polish Platform for Homeland Security (PPHS), que se encargó de la comunicación del proyecto ARICA y coordina el proyecto 2PS.
about-pillars-heading = Los tres pilares
about-pillars = Todo en Sparks se clasifica según los tres pilares de la estrategia de la UE para una lucha más eficaz contra el abuso sexual de menores:
about-join-heading = Cómo participar
about-join-support = Apoyar Sparks
about-join-support-text = el sitio se financia con donaciones; vea a qué se destina el dinero.
about-join-media = Kit de prensa
about-join-media-text = logotipos, gráficos y mensajes sugeridos para darlo a conocer.
about-join-data = Datos abiertos
about-join-data-text = reutilice el directorio y todo lo demás mediante la API JSON.
about-join-members = Las cuentas de miembro, para proponer iniciativas, recursos y eventos y debatirlos, son la próxima parte de Sparks.

## Countries
country-AT = Austria
country-BE = Bélgica
country-BG = Bulgaria
country-HR = Croacia
country-CY = Chipre
country-CZ = Chequia
country-DK = Dinamarca
country-EE = Estonia
country-FI = Finlandia
country-FR = Francia
country-DE = Alemania
country-GR = Grecia
country-HU = Hungría
country-IE = Irlanda
country-IT = Italia
country-LV = Letonia
country-LT = Lituania
country-LU = Luxemburgo
country-MT = Malta
country-NL = Países Bajos
country-PL = Polonia
country-PT = Portugal
country-RO = Rumanía
country-SK = Eslovaquia
country-SI = Eslovenia
country-ES = España
country-SE = Suecia
country-GB = Reino Unido
country-IS = Islandia
country-NO = Noruega
country-CH = Suiza
country-LI = Liechtenstein
country-US = Estados Unidos
country-CA = Canadá
country-AU = Australia
country-NZ = Nueva Zelanda
country-RS = Serbia
country-UA = Ucrania
country-MD = Moldavia
country-ME = Montenegro
country-AL = Albania
country-AM = Armenia
country-AZ = Azerbaiyán
country-GE = Georgia
country-RU = Rusia
country-PH = Filipinas
country-TH = Tailandia
country-GY = Guyana
country-BA = Bosnia y Herzegovina
country-MK = Macedonia del Norte
country-TR = Turquía
country-BY = Bielorrusia

## Content hub: shared
nav-resources = Recursos
nav-news = Noticias
nav-events = Eventos
nav-recommendations = Recomendaciones
nav-response = Cifras
label-type = Tipo
label-published = Publicado
label-by = Autoría
label-language = Idioma
label-source = Fuente
value-unknown = desconocido
home-hub-heading = Más en Sparks
hub-resources = { $count ->
    [one] recurso en la biblioteca
   *[other] recursos en la biblioteca
}
hub-events = { $count ->
    [one] evento en el calendario
   *[other] eventos en el calendario
}
hub-recommendations = { $count ->
    [one] recomendación clave
   *[other] recomendaciones clave
}
hub-figures = { $count ->
    [one] cifra sobre la magnitud del abuso y la respuesta
   *[other] cifras sobre la magnitud del abuso y la respuesta
}
hub-help-countries = { $count ->
    [one] país con líneas de ayuda y de denuncia
   *[other] países con líneas de ayuda y de denuncia
}

## Resources
resources-title = Biblioteca de recursos
resources-description = Informes, herramientas, guías, formación, conjuntos de datos y campañas de las iniciativas contra el abuso y la explotación sexual infantil.
resources-heading = Biblioteca de recursos
resources-lead = Informes, entregables, notas de política, herramientas, formación, conjuntos de datos, campañas y vídeos de las iniciativas, con las iniciativas de las que proceden.
resources-search-label = Buscar en la biblioteca
resources-none = Ningún recurso coincide con estos filtros.
resources-count = { $count ->
    [one] { $n } recurso
   *[other] { $n } recursos
}
resources-count-match = { $count ->
    [one] { $n } recurso coincide
   *[other] { $n } recursos coinciden
}
resources-facet-type = Tipo
resources-facet-audience = Público
resources-facet-language = Idioma
resources-facet-initiative = Iniciativa
resource-open = Abrir el recurso
resource-from-initiatives = De estas iniciativas
resource-as-json = Este recurso en JSON
resource-type-report = Informe
resource-type-deliverable = Entregable de proyecto
resource-type-policy-brief = Nota de política
resource-type-guidelines = Guía
resource-type-toolkit = Herramienta
resource-type-training = Formación
resource-type-dataset = Conjunto de datos
resource-type-campaign = Campaña
resource-type-video = Vídeo
resource-type-article = Artículo
audience-practitioners = Profesionales
audience-law-enforcement = Fuerzas de seguridad
audience-policymakers = Responsables políticos
audience-researchers = Investigadores
audience-parents = Madres, padres y cuidadores
audience-young-people = Jóvenes
audience-public = Público general

## News
news-title = Noticias y campañas
news-description = Anuncios de Sparks y de las iniciativas contra el abuso y la explotación sexual infantil.
news-heading = Noticias y campañas
news-lead = Anuncios de la comunidad Sparks y de sus iniciativas, cada uno con su fuente.
news-none = Todavía no hay noticias.
news-posts = Entradas
news-about-post = Sobre esta entrada
news-initiative = Iniciativa
news-from = De
feed-site-title = { $site }: novedades
feed-link = Canal Atom
initiative-latest-news = Últimas noticias
initiative-more-news = Todas las noticias de esta iniciativa

## Events
events-title = Eventos
events-description = Conferencias, talleres, seminarios web, formaciones y jornadas de campaña sobre la prevención y la lucha contra el abuso sexual infantil.
events-heading = Eventos
events-lead = Conferencias, talleres, seminarios web, formaciones y jornadas de campaña. Cada evento se puede añadir a su calendario.
events-subscribe = Suscribirse al calendario (iCalendar)
events-upcoming = Próximos
events-past = Pasados
events-none-upcoming = Todavía no hay próximos eventos.
events-none-past = No hay eventos pasados.
event-when = Cuándo
event-where = Dónde
event-organisers = Organizadores
event-online = en línea
event-add-to-calendar = Añadir a su calendario (.ics)
event-website = Web del evento
event-type-conference = Conferencia
event-type-workshop = Taller
event-type-webinar = Seminario web
event-type-training = Formación
event-type-campaign-day = Jornada de campaña
event-type-meeting = Reunión

## Recommendations
recs-title = Recomendaciones clave
recs-description = Recomendaciones de política para prevenir el abuso sexual infantil, detectarlo e investigarlo, y apoyar a víctimas y supervivientes.
recs-heading = Recomendaciones clave
recs-lead = Lo que recomiendan proyectos, redes e instituciones, por pilar. Cada recomendación es un breve resumen; la fuente tiene el texto completo.
recs-by-pillar = Por pilar
recs-issuer = Emitida por
recs-year = Año
recs-addressee = Dirigida a
recs-initiatives = De iniciativas
recs-resources = De recursos
addressee-member-states = Estados miembros de la UE
addressee-all = Todas las partes implicadas
addressee-eu = La Unión Europea
addressee-law-enforcement = Fuerzas de seguridad
addressee-industry = Empresas y servicios en línea

## Figures (CSAE response)
response-title = La respuesta en cifras
response-description = Cifras sobre el abuso sexual infantil y la respuesta, cada una con su editor, año y fuente.
response-heading = La respuesta en cifras
response-lead = Cuánto abuso sexual infantil se denuncia y qué logra la respuesta. Cada cifra nombra a su editor y enlaza su fuente.
response-caveat = Cada editor cuenta cosas distintas y las reglas de recuento cambian con los años: lea las notas antes de comparar.
response-all-csv = Descargar todas las cifras (CSV)
response-series-csv = Descargar esta serie (CSV)
response-hatched = Barras rayadas: la fuente da una cifra redondeada o un mínimo. Los años sin barra no tienen cifra en los datos.
response-table-caption = Las mismas cifras, con sus fuentes
response-other-heading = Otras cifras
response-other-caption = Cifras sueltas, con sus fuentes
response-col-year = Año
response-col-value = Valor
response-col-publisher = Editor (fuente)
response-col-note = Nota
response-col-figure = Cifra
response-no-figure = sin cifra en los datos
chart-millions = { $n } M

## Media pack
media-title = Kit de prensa
media-description = El logotipo de Sparks y mensajes sugeridos para compartir.
media-heading = Kit de prensa y comunicación
media-lead = Gráficos y mensajes sugeridos para quien quiera difundir la prevención y la lucha contra el abuso y la explotación sexual infantil.
media-graphics = Gráficos
media-wordmark-alt = El logotipo de Sparks: una chispa amarilla y la palabra Sparks sobre azul oscuro
media-download-svg = Descargar el logotipo (SVG)
media-graphics-note = El logotipo es un gráfico vectorial: se ve nítido a cualquier tamaño.
media-banner-social = Banner para publicaciones en redes sociales
media-banner-square = Imagen cuadrada para redes sociales
media-wordmark-png = El logotipo como imagen
media-download-png = Descargar PNG
media-download-svg-file = Descargar SVG
media-posts = Mensajes sugeridos
media-posts-lead = Copie un mensaje o ábralo en su red. Los enlaces para compartir son enlaces normales: esta página no carga nada de esos sitios.
media-copy = Copiar el texto
media-copied = Copiado.
media-share-on = Compartir en:
media-email = Correo electrónico
media-share-note = El enlace de Mastodon abre mastodon.social; en otro servidor, copie el texto.
media-post-1 = El abuso sexual infantil se puede prevenir. Sparks reúne los proyectos de prevención, detección e investigación y apoyo a víctimas y supervivientes, para que cada uno aproveche el trabajo de los demás.
media-post-2 = ¿Le preocupan sus propios pensamientos sexuales sobre menores? Existe ayuda confidencial y funciona. Sparks recoge las líneas de prevención país por país.
media-post-3 = Informes, herramientas y formación de proyectos financiados por la UE contra el abuso y la explotación sexual infantil, en una biblioteca abierta.

## Support
support-title = Apoyar { $site }
support-description = Cómo apoyar Sparks y a qué se destina el dinero.
support-heading = Apoyar { $site }
support-lead = Sparks se financia con aportaciones y es gratuito. Su apoyo lo mantiene independiente, en línea y al día.
support-how = Cómo donar
support-not-configured = Este sitio aún no tiene configurada ninguna vía de donación. Vuelva más tarde o contacte con quienes lo gestionan.
support-pays-for = A qué se destina el dinero
support-pays-hosting = Alojamiento y mantenimiento del sitio, sin rastreadores ni publicidad.
support-pays-editing = Personas editoras que comprueban cada dato en su fuente y mantienen el directorio al día.
support-pays-translation = Traducción a más lenguas europeas.
support-supporters = Personas y entidades que apoyan
support-supporters-none = Nadie ha pedido todavía aparecer en esta lista.
support-other-ways = Otras formas de ayudar
support-media-pack = Comparta Sparks con el kit de prensa.

## Help by country
help-by-country = Por país
help-by-country-lead = Líneas de ayuda a la infancia, líneas de denuncia de material de abuso sexual infantil, ayuda para personas preocupadas por sus propios pensamientos y apoyo a víctimas, país por país. Los datos cambian: cada entrada enlaza su fuente.
help-country-index = Países
help-phone = Teléfono
help-hours = Horario
help-chat = Chat
help-yes = sí
help-no = no
help-organisation = Gestionado por
help-report-online = Denunciar en línea
help-website = Sitio web
help-source-and-notes = Fuente y notas
help-checked-on = Comprobado el { $date }.
help-checked-unknown = Aún no comprobado.
helpline-kind-child-helpline = Línea de ayuda a la infancia
helpline-kind-reporting-hotline = Línea de denuncia de material de abuso sexual infantil
helpline-kind-prevention-helpline = Ayuda para personas preocupadas por sus propios pensamientos sexuales
helpline-kind-victim-support = Apoyo a víctimas y supervivientes
profile-outputs = Resultados en la biblioteca de recursos
profile-outputs-all = Todos sus resultados en la biblioteca

## Búsqueda, panorama, trabajos relacionados (sparks-search)
nav-landscape = Panorama
search-site-label = Buscar en { $site }
search-title = Búsqueda
search-title-q = Búsqueda: { $q }
search-description = Buscar entre las iniciativas contra el abuso y la explotación sexual infantil: palabras, siglas, frases, en cualquier idioma de la interfaz.
search-heading = Búsqueda
search-label = Buscar iniciativas y todo lo demás en Sparks
search-hint = Palabras, una sigla o "una frase entre comillas". Se perdonan pequeños errores de escritura.
search-results-count = { $count ->
    [one] { $n } resultado
   *[other] { $n } resultados
}
search-partial = Ningún resultado contiene todas las palabras: estos contienen algunas.
search-corrected = «{ $word }» se leyó como «{ $terms }».
search-unmatched = No se encontró en ninguna parte, así que se omitió: { $list }.
search-truncated = La consulta es muy larga: solo se usaron sus primeras palabras.
search-no-results = Nada coincide con estas palabras.
search-tip-fewer-words = Pruebe con menos palabras u otras, o revise la ortografía.
search-tip-browse = Ver el directorio de iniciativas
search-tip-landscape = Ver dónde se trabaja en el mapa del panorama
search-as-json = Estos resultados en JSON
facet-type = Tipo
doc-type-initiative = Iniciativas
doc-type-resource = Recursos
doc-type-news = Noticias
doc-type-event = Eventos
doc-type-thread = Debates
search-help-now-link = Encontrar ayuda en su país
search-help-now-text = Líneas de ayuda a la infancia, líneas de denuncia de material de abuso y apoyo a víctimas y a personas preocupadas por sus propios pensamientos, en cada país: gratuitas y confidenciales. Si un niño o una niña está en peligro inmediato, llame al 112.
search-help-now-heading = Obtener ayuda ahora
doc-type-helpline = Servicios de ayuda
landscape-title = Mapa del panorama
landscape-description = Dónde están el trabajo y los fondos europeos contra el abuso sexual infantil, por país, pilar, programa y año, y dónde faltan.
landscape-heading = El panorama: dónde se trabaja, y los vacíos
landscape-lead = Cuántas iniciativas y cuántos fondos europeos tiene cada país y pilar, cada programa y año. Las casillas rayadas son vacíos: ninguna iniciativa. Cada número lleva a las iniciativas que hay detrás.
landscape-legend = Color: cuántas iniciativas. Rayado: ninguna, un vacío.
landscape-legend-gap = ninguna (un vacío)
landscape-legend-range = { $from }–{ $to }
landscape-gap = ninguna (un vacío)
landscape-country-heading = Países y pilares
landscape-country-intro = Cada Estado miembro de la UE y cualquier otro país que una iniciativa nombre, como coordinador o socio. Una iniciativa cuenta en cada país y pilar en que trabaja.
landscape-country-caption = Iniciativas y contribución europea sumada por país y pilar
landscape-country-corner = País
landscape-year-heading = Programas y años de inicio
landscape-year-intro = Qué programas de financiación iniciaron iniciativas en qué años.
landscape-year-caption = Iniciativas y contribución europea sumada por año de inicio y programa
landscape-year-corner = Año de inicio
landscape-svg-title = Mapa de calor: { $caption }
landscape-svg-desc = Las casillas más oscuras tienen más iniciativas, hasta { $max } en una casilla; las rayadas no tienen ninguna. La tabla da cada número.
landscape-cell-label = { $row }, { $column }: { $n }
landscape-undated = { $count ->
    [one] { $n } iniciativa no tiene fecha de inicio y no está en la tabla de programas.
   *[other] { $n } iniciativas no tienen fecha de inicio y no están en la tabla de programas.
}
landscape-without-country = { $count ->
    [one] { $n } iniciativa no nombra ningún país y no está en la tabla de países.
   *[other] { $n } iniciativas no nombran ningún país y no están en la tabla de países.
}
landscape-eur-note = Las contribuciones europeas se cuentan enteras en cada casilla en que está una iniciativa: filas y columnas no suman un total.
landscape-csv = Descargar ambas tablas en CSV
landscape-json = Los mismos datos en JSON
related-heading = Trabajos relacionados
related-none = Todavía no se ha encontrado ninguna iniciativa relacionada.
related-as-json = Trabajos relacionados en JSON
related-same-acronym = misma sigla
related-same-coordinator = mismo coordinador ({ $name })
related-shared-topics = temas comunes: { $list }
related-shared-countries = países comunes: { $list }
related-similar-words = palabras parecidas: { $list }
similar-page-title = ¿Existe ya?
similar-description = Encontrar las iniciativas existentes más cercanas a la que planea, antes de proponerla.
similar-heading = ¿Existe ya?
similar-lead = Antes de proponer una nueva iniciativa, mire las existentes más cercanas: construir sobre el trabajo anterior en vez de empezar de nuevo.
similar-acronym = Sigla
similar-title = Título
similar-summary = Qué hace
similar-button = Buscar iniciativas parecidas
similar-results = Las iniciativas existentes más cercanas
similar-none = No se encontró nada cercano: puede que sea nueva.

## Comunidad, cuentas y moderación (issue #4)
nav-community = Comunidad
nav-account = Cuenta
nav-admin = Administración
nav-login = Iniciar sesión
nav-join = Registrarse
nav-logout = Cerrar sesión
account-nav-label = Su cuenta
error-detail-too-many = Demasiados intentos en poco tiempo. Espere un momento y vuelva a intentarlo.

form-error-summary = Hay un problema
form-error-prefix = Error:
form-required = obligatorio
form-choose = Seleccione…
form-preview = Vista previa
form-preview-heading = Vista previa
form-error-missing = Rellene este campo.
form-error-too-long = Use como máximo { $max } caracteres.
form-error-email = Introduzca una dirección de correo electrónico como name@example.org.
form-error-country = Introduzca el nombre de un país o su código de dos letras, como PL.
form-error-password-short = Use al menos 8 caracteres. Varias palabras juntas forman una contraseña segura.
form-error-password-long = Use como máximo 256 caracteres.
form-error-password-common = Esta contraseña es demasiado común o fácil de adivinar. Elija otra.
form-error-password-blank = La contraseña no puede ser solo espacios.
form-error-password-site = La contraseña no puede ser el nombre de este sitio, ni siquiera con cifras o signos de puntuación alrededor. Elija otra.
form-field-email = Dirección de correo electrónico
form-field-display-name = Nombre visible
form-field-password = Contraseña
form-field-organisation = Organización
form-field-country = País
form-field-expertise = Ámbito de especialización
form-field-pillars = Pilares en los que trabaja
form-field-public = Mostrar en mi perfil público
form-field-code = Código
form-field-current-password = Contraseña actual
form-field-new-password = Nueva contraseña
form-field-acronym = Acrónimo o nombre corto
form-field-title = Título
form-field-summary = Resumen
form-field-programme = Programa de financiación
form-field-website = Sitio web
form-field-countries = Países
form-field-start-date = Fecha de inicio
form-field-end-date = Fecha de finalización
form-field-type = Tipo
form-field-url = Enlace
form-field-published = Fecha de publicación
form-field-language = Idioma
form-field-initiative = Iniciativa
form-field-start = Inicio
form-field-end = Fin
form-field-timezone = Zona horaria
form-field-city = Ciudad
form-field-online = Se celebra en línea
form-field-body = Texto
form-field-source-url = Fuente
form-field-members-only = Solo para miembros con sesión iniciada
form-field-pillar = Espacio
form-hint-display-name = Se muestra junto a sus mensajes. Su dirección de correo electrónico nunca se muestra.
form-hint-password = Al menos 8 caracteres; las frases de contraseña largas son bienvenidas.
form-hint-country = El nombre de un país o su código de dos letras, como PL.
form-hint-expertise = En qué trabaja, en una o dos frases.
form-hint-code = El código de 6 dígitos de su aplicación de autenticación o uno de sus códigos de recuperación.
form-hint-public = Su nombre visible siempre aparece junto a sus mensajes; elija qué más pueden ver los miembros y los visitantes.
form-field-profile-public = Mostrar mi página de perfil a todo el mundo
form-hint-profile-public = Desactivado salvo que lo marque. Desactivado: nadie más puede abrir una página de perfil suya y su nombre aparece sin enlace junto a sus mensajes. Activado: cualquiera, con sesión iniciada o no, puede abrir su página de perfil y ver su nombre y los datos elegidos arriba.
form-hint-markdown = Markdown: *cursiva*, **negrita**, listas, enlaces. Use la vista previa para comprobar el resultado.
form-hint-programme = Tal como lo denomina el financiador, por ejemplo «Horizon Europe» o «ISF-P».
form-hint-countries = Códigos de dos letras o nombres, separados por comas.
form-hint-partial-date = Un año, un mes (2024-03) o un día (2024-03-15).
form-hint-language = Un código de dos letras, como en.
form-hint-initiative = El nombre corto de la iniciativa a la que pertenece, si la hay.
form-hint-datetime = Un día (2025-05-14) o un día y una hora (2025-05-14T09:30).
form-hint-timezone = Por ejemplo, Europe/Brussels.
form-hint-date = Un día, como 2025-05-14.
form-hint-members-only = Los visitantes que no hayan iniciado sesión no verán este debate.

join-title = Únase a { $site }
join-intro = Los miembros debaten con profesionales e investigadores, proponen iniciativas, recursos, eventos y noticias, y gestionan su propio perfil.
join-privacy = Solo guardamos lo que introduzca aquí. Puede descargarlo o borrarlo en cualquier momento desde su cuenta.
join-submit = Crear cuenta
join-sent-title = Revise su correo electrónico
join-sent = Si la dirección puede recibir correo, le hemos enviado un mensaje con un enlace para confirmarla. El enlace es válido durante 48 horas.
verify-title = Confirme su dirección de correo electrónico
verify-intro = Confirme que esta dirección es suya para terminar de crear su cuenta.
verify-submit = Confirmar
verify-done-title = Dirección de correo electrónico confirmada
verify-done = Gracias. Ya puede iniciar sesión.
link-invalid-title = Este enlace no funciona
link-invalid = El enlace es incorrecto, ya se ha utilizado o ha caducado. Puede solicitar uno nuevo.
login-title = Iniciar sesión
login-submit = Iniciar sesión
login-error = La dirección de correo electrónico o la contraseña no son correctas.
login-unverified = Primero confirme su dirección de correo electrónico: abra el enlace que le hemos enviado.
code-title = Segundo paso
code-intro = Los editores y administradores confirman cada inicio de sesión con un código de una aplicación de autenticación.
code-enrol = Su cuenta todavía no tiene un autenticador. Añádalo ahora a una aplicación con la dirección o la clave que aparecen a continuación y, después, introduzca el código que muestre la aplicación. Guarde los códigos de recuperación en un lugar seguro: si pierde el teléfono, cada uno funciona una vez.
code-enrol-label = Configuración del autenticador
code-recovery-label = Códigos de recuperación:
code-submit = Continuar
code-error = Este código no es correcto o ya se ha utilizado. Introduzca el código actual.
attempts-wait = { $count ->
    [one] Demasiados intentos fallidos desde aquí. Puede volver a intentarlo en { $n } segundo.
   *[other] Demasiados intentos fallidos desde aquí. Puede volver a intentarlo en { $n } segundos.
}
code-intro-member = Ha activado un segundo factor para su cuenta: introduzca el código de su aplicación de autenticación.
account-two-factor = Segundo factor
account-two-factor-intro = Un código de una aplicación de autenticación en cada inicio de sesión protege su cuenta aunque alguien conozca su contraseña.
account-two-factor-link = Configurar o desactivar el segundo factor
two-factor-title = Segundo factor
two-factor-intro = Añada su cuenta a una aplicación de autenticación e introduzca su contraseña y el código que muestra. A partir de entonces, cada inicio de sesión pedirá un código, y se cerrará su sesión en todos los demás dispositivos.
two-factor-submit = Activar
two-factor-off-title = Desactivar el segundo factor
two-factor-off-intro = Para desactivarlo, introduzca su contraseña y un código actual (o un código de recuperación). Se cerrará su sesión en todos los demás dispositivos.
two-factor-off-submit = Desactivar
two-factor-on = El segundo factor está activado: cada inicio de sesión pide un código de su aplicación de autenticación.
two-factor-staff = Los editores y administradores deben mantenerlo activado.
two-factor-enrolled = El segundo factor está activado. Guarde sus códigos de recuperación en un lugar seguro: no volverá a verlos.
two-factor-disabled = El segundo factor está desactivado. El inicio de sesión solo pide su contraseña.
reset-title = Contraseña olvidada
reset-intro = Introduzca su dirección de correo electrónico y le enviaremos un enlace para elegir una nueva contraseña.
reset-submit = Enviar enlace
reset-sent-title = Revise su correo electrónico
reset-sent = Si alguna cuenta usa esta dirección, le hemos enviado un enlace para elegir una nueva contraseña. Es válido durante una hora.
reset-new-title = Elija una nueva contraseña
reset-new-submit = Guardar contraseña
reset-done-title = Contraseña cambiada
reset-done = Su nueva contraseña se ha guardado y se han cerrado todas las sesiones. Ya puede iniciar sesión.

account-title = Su cuenta
account-heading = Hola, { $name }
account-saved = Se han guardado los cambios.
account-public-profile = Ver su perfil público
account-profile-private = Su perfil es privado: nadie más puede abrirlo. Para hacerlo público, marque «Mostrar mi página de perfil a todo el mundo» más abajo.
account-profile = Perfil
account-save = Guardar perfil
account-propose = Proponer contenido
account-submissions = Sus propuestas
account-no-submissions = Todavía no ha propuesto nada.
account-password = Cambiar la contraseña
account-password-save = Cambiar contraseña
account-password-wrong = Esta no es su contraseña actual.
account-data = Sus datos
account-export = Descargar todo lo que guardamos sobre usted (JSON)
account-delete = Eliminar su cuenta
account-sessions = Sus dispositivos
account-logout-everywhere-intro = ¿Inició sesión en un dispositivo compartido o prestado, o tuvo que salir con prisa? Esto cierra todas las sesiones de su cuenta en todos los dispositivos, también en este.
account-logout-everywhere = Cerrar sesión en todas partes
logout-everywhere-done-title = Ha cerrado sesión en todas partes
logout-everywhere-done = Todas las sesiones de su cuenta han terminado, en todos los dispositivos, también en este. Quien use un dispositivo en el que había iniciado sesión tendrá que iniciarla de nuevo.
delete-title = Eliminar su cuenta
delete-intro = Esto elimina de forma definitiva su cuenta, sus sesiones y su perfil. Sus mensajes permanecen en sus debates y se muestran como escritos por un antiguo miembro. Introduzca su contraseña para confirmar.
delete-submit = Eliminar mi cuenta
delete-done-title = Su cuenta se ha eliminado
delete-done = Su cuenta y sus datos personales se han eliminado. Gracias por su participación.
member-description = Miembro de la comunidad Sparks.
member-nothing-public = Este miembro solo muestra su nombre.

kind-name-initiative = Iniciativa
kind-name-resource = Recurso
kind-name-event = Evento
kind-name-news = Noticia
submission-status-pending = pendiente de moderación
submission-status-approved = publicada
submission-status-rejected = no publicada
role-member = Miembro
role-editor = Editor
role-admin = Administrador
submit-initiative-title = Proponer una iniciativa
submit-resource-title = Proponer un recurso
submit-event-title = Proponer un evento
submit-news-title = Proponer una noticia
submit-edit-title = Editar { $title }
submit-intro-member = Un editor revisa cada propuesta antes de que aparezca en el sitio. Recibirá un correo electrónico cuando se tome una decisión.
submit-intro-staff = Como usted es editor, lo que guarde aquí se publica de inmediato y queda anotado en el registro de auditoría.
submit-check-existing = Antes de empezar: ¿ya existe? Consulte el directorio con el enlace que hay debajo del formulario.
submit-similar = ¿Ya existe? Vea iniciativas similares
submit-publish = Publicar
submit-send = Enviar a revisión
submit-unpublish = Retirar la publicación
submit-exists = Ya existe una entrada con este nombre. Proponga en su lugar una modificación de esa entrada.
submit-thanks-title = Gracias
submit-thanks = Su propuesta está a la espera de que la revise un editor. Puede seguirla en la página de su cuenta.

community-heading = Comunidad
community-lead = Profesionales, investigadores y responsables políticos comparten lo que funciona: pregunte, responda y debata, por pilar o en el espacio general.
community-spaces = Espacios
community-all = Todos los espacios
community-general = General
community-threads = Debates
community-no-threads = Todavía no hay debates aquí.
community-posts = { $count ->
    [one] { $n } mensaje
   *[other] { $n } mensajes
}
community-members-only = solo para miembros
community-locked = cerrado
community-hidden = oculto
community-new-thread = Iniciar un debate
community-start = Publicar el debate
community-login-to-post = Inicie sesión para participar
community-former-member = Antiguo miembro
community-locked-notice = Este debate está cerrado: no admite nuevas respuestas.
community-lock = Cerrar el debate
community-unlock = Reabrir el debate
community-pinned = fijado
community-thread-hidden-notice = Este debate está oculto: solo lo ven los editores y los administradores.
community-hide-thread = Ocultar el debate
community-show-thread = Volver a mostrar el debate
community-pin = Fijar arriba
community-unpin = Dejar de fijar
community-move-to = Mover al espacio
community-move = Mover
community-report = Denunciar
community-post = mensaje
community-report-reason = ¿Por qué deberían los moderadores revisar este mensaje?
community-report-send = Enviar denuncia
community-hide-post = Ocultar
community-show-post = Volver a mostrar
community-reply = Responder
community-reply-send = Enviar respuesta
community-error-space = Elija uno de los espacios.

admin-heading = Administración
admin-create = Añadir contenido
admin-waiting = { $count ->
    [one] { $n } elemento pendiente
   *[other] { $n } elementos pendientes
}
moderation-heading = Moderación
moderation-pending = Propuestas pendientes
moderation-reports = Mensajes denunciados
moderation-none = No hay nada pendiente.
moderation-edit-of = modificación de
moderation-reason = Motivo (obligatorio para rechazar; se envía al miembro)
moderation-reason-hint = Indique qué haría falta para que fuera aceptable.
moderation-reason-missing = Indique un motivo para rechazar: el miembro lo leerá.
moderation-approve = Aprobar y publicar
moderation-reject = Rechazar
moderation-reported-post = Mensaje denunciado
moderation-report-reason = Motivo
moderation-hide = Ocultar el mensaje
moderation-keep = Mantener el mensaje
users-heading = Usuarios y roles
users-name = Nombre
users-initiatives = Iniciativas
users-link = Vincular a una iniciativa
users-status = Estado
users-role = Rol
users-save = Guardar rol
users-verified = confirmado
users-unverified = sin confirmar
users-totp = segundo factor
audit-heading = Registro de auditoría
audit-when = Cuándo
audit-who = Quién
audit-what = Qué
audit-changed = Campos modificados
audit-restore = Restaurar
audit-restore-button = Restaurar esta versión

email-verify-subject = Confirme su dirección de correo electrónico en { $site }
email-verify-body = Le damos la bienvenida a { $site }. Abra este enlace para confirmar su dirección de correo electrónico (es válido durante 48 horas): { $link }  Si no ha solicitado unirse, ignore este mensaje.
email-exists-subject = Alguien ha intentado unirse a { $site } con su dirección
email-exists-body = Alguien ha intentado crear una cuenta de { $site } con esta dirección de correo electrónico, que ya tiene una. Si ha sido usted, inicie sesión o elija una nueva contraseña aquí: { $link }  Si no, ignore este mensaje.
email-reset-subject = Elija una nueva contraseña para { $site }
email-reset-body = Abra este enlace para elegir una nueva contraseña (es válido durante una hora): { $link }  Si no lo ha solicitado, ignore este mensaje; su contraseña seguirá siendo la misma.
email-approved-subject = Su propuesta se ha publicado en Sparks
email-approved-body = Gracias: «{ $title }» ya está en Sparks: { $link }
email-rejected-subject = Su propuesta para Sparks no se ha publicado
email-rejected-body = Un editor ha revisado «{ $title }» y no la ha publicado. El motivo: { $reason }

## Boletín
footer-newsletter = Boletín
newsletter-title = El boletín de { $site }
newsletter-intro = Un resumen de nuevas iniciativas, recursos, eventos y noticias, aproximadamente una vez por semana.
newsletter-privacy = Solo guardamos su dirección, y solo después de que la confirme. Cada envío incluye un enlace para darse de baja con un clic.
newsletter-submit = Suscribirse
newsletter-sent-title = Revise su correo
newsletter-sent = Si la dirección puede recibir correo, le hemos enviado un enlace para confirmar la suscripción. No enviaremos nada más antes de que la confirme.
newsletter-confirm-title = Confirmar la suscripción
newsletter-confirm-submit = Confirmar suscripción
newsletter-confirmed-title = Suscripción confirmada
newsletter-confirmed = Gracias. El próximo resumen llegará a esta dirección.
newsletter-unsubscribe-title = Darse de baja del boletín
newsletter-unsubscribe-submit = Darse de baja
newsletter-unsubscribed-title = Baja confirmada
newsletter-unsubscribed = Su dirección se ha eliminado. No recibirá más resúmenes.
email-newsletter-confirm-subject = Confirme su suscripción al boletín de { $site }
email-newsletter-confirm-body = Abra este enlace para confirmar que desea recibir el resumen de { $site } (válido durante 48 horas): { $link }  Si no lo ha solicitado, ignore este mensaje: no se enviará nada más.

## Feeds through the web
submit-feed-title = Proponer un canal
submit-feed-intro = ¿Publica una iniciativa sus noticias como RSS, Atom o JSON Feed? Indique su dirección: cuando un editor la apruebe, un editor revisará también sus nuevas entradas, que luego aparecerán en las noticias, atribuidas a la iniciativa.
form-field-feed-url = Dirección del canal
form-hint-initiative-slug = El nombre corto de la iniciativa tal como aparece en su dirección, por ejemplo arica para /initiatives/arica.
form-hint-feed-url = La dirección del canal RSS, Atom o JSON, que empieza por https://.
submit-feed-no-initiative = Ninguna iniciativa tiene ese nombre corto. Cópielo de la dirección de la iniciativa.
submit-feed-bad-url = Introduzca una dirección web que empiece por https:// o http://.
feeds-heading = Canales
feeds-none = Todavía no hay canales.
feeds-status = Estado
feeds-last-fetch = Última descarga
feeds-items = Entradas
feeds-error = Último error
feeds-untrusted = sin confianza: las entradas esperan a un editor
feeds-trusted = de confianza: las entradas se publican directamente
feeds-trust-heading = Confianza
feeds-trust = Confiar en este canal
feeds-distrust = Dejar de confiar en este canal
feeds-trust-note = Las entradas de un canal sin confianza esperan en la cola de moderación. Confiar en un canal publica directamente sus entradas posteriores; las que ya esperan siguen en la cola.
submit-feed-taken = Otra iniciativa ya tiene este canal: un canal pertenece a una sola iniciativa.
kind-name-feed = Canal
kind-name-feed-item = Entrada de canal
moderation-from-feed = del canal { $url }

## Recommendations through the web
submit-recommendation-title = Añadir una recomendación
kind-name-recommendation = Recomendación
form-field-rec-pillar = Pilar
form-field-text = Recomendación
form-field-issuer = Emitida por
form-field-year = Año
form-field-addressee = Dirigida a
form-field-initiatives = Iniciativas
form-hint-initiatives = Nombres cortos de las iniciativas de las que procede, separados por comas.

## Media uploads by editors
media-admin-heading = Subida de imágenes
media-admin-intro = Gráficos para el kit de prensa: PNG, JPEG, GIF o WebP, hasta 8 MB. Cada archivo se comprueba y se vuelve a codificar sin metadatos, y luego se ofrece para descargar en la página del kit de prensa.
media-admin-file = Archivo de imagen
media-admin-file-hint = PNG, JPEG, GIF o WebP, hasta 8 MB y 8000 píxeles por lado.
media-admin-label = Qué muestra
media-admin-submit = Subir
media-admin-disabled = La subida de archivos no está configurada en este servidor.
media-admin-list = Gráficos subidos
media-admin-none = Todavía no se ha subido nada.
media-admin-missing = Elija una imagen e indique qué muestra.
media-admin-refused = El archivo fue rechazado: { $reason }.
media-pack-uploads = Más gráficos

## Figures and help services through the web
submit-statistic-title = Añadir una cifra
submit-helpline-title = Añadir un servicio de ayuda
kind-name-statistic = Cifra
kind-name-helpline = Servicio de ayuda
form-field-figure = Qué se cuenta
form-field-value = Valor
form-field-publisher = Publicado por
form-field-primary-source = Publicación original
form-field-note = Salvedades
form-field-name = Nombre
form-field-phone = Teléfono
form-field-report-url = Dónde denunciar
form-field-hours = Horario
form-field-languages = Idiomas
form-field-notes = Notas
form-field-checked = Última comprobación
form-hint-stat-value = Un número entero, o el valor tal como lo expresa la fuente.
form-hint-stat-year = Un año, o un periodo como 2020-2022.
form-hint-country-code = El código de país de dos letras, por ejemplo PL.
form-hint-languages = Códigos de dos letras, separados por comas.

## Link checking
link-reported-broken = enlace señalado como roto el { $date }
links-admin-heading = Enlaces rotos
links-admin-intro = Enlaces externos que la comprobación de enlaces encontró rotos, por registro: eliminados (404, 410), inaccesibles o fallidos comprobación tras comprobación. Nada se descarga desde su navegador; el servidor comprueba los enlaces periódicamente (y con «sparks links check --once»).
links-admin-none = No se encontraron enlaces rotos.
links-admin-record = Registro
links-admin-link = Enlace
links-admin-found = Resultado de la comprobación
links-admin-since = Señalado como roto el
links-admin-last-success = Funcionó por última vez
links-admin-never = nunca
links-admin-edit = Editar
links-kind-initiative = Iniciativa
links-kind-resource = Recurso
links-kind-news = Noticia
links-kind-event = Evento
links-kind-statistic = Cifra
links-kind-recommendation = Recomendación
links-kind-helpline = Servicio de ayuda
## Terminology check (issue #16, point 7)
wording-found = «{ $written }»: las orientaciones terminológicas del ámbito recomiendan «{ $preferred }». { $reason }
wording-confirm = Mantener esta redacción y enviar de todos modos
terms-heading = Terminología
terms-intro = Los textos que se escriben (hilos, respuestas, propuestas, ediciones) se comparan con esta lista al enviarlos. Quien escribe ve la sugerencia y puede mantener su redacción; esos textos aparecen aquí para revisión.
terms-flags-heading = Textos enviados con un término de la lista
terms-flags-none = Ningún texto espera revisión.
terms-flag-text = Texto
terms-flag-terms = Términos tal como se escribieron
terms-flag-when = Cuándo
terms-flag-reviewed = Revisado
terms-list-heading = Términos desaconsejados
terms-remove = Quitar
terms-add-heading = Añadir un término
terms-add = Añadir el término
form-field-term = Término
form-field-lang = Idioma
form-field-preferred = Redacción recomendada
form-field-reason = Por qué
form-hint-term = Palabras completas; una palabra terminada en * abarca todas las que empiezan así (p. ej. pornografía*).
terms-error-exists = Este idioma ya incluye ese término.
terms-error-term = Escriba al menos una palabra de dos letras o más.
terms-error-long = 300 caracteres como máximo.

## Content warnings (issue #16, point 8)
content-warning = Aviso de contenido
content-warning-show = (mostrar el contenido)
content-warning-none = Sin aviso de contenido
content-warning-abuse-described = descripciones de abuso
content-warning-survivor-testimony = testimonios de supervivientes
content-warning-imagery-described = descripción de imágenes de abuso
content-warning-self-harm = autolesión o suicidio
form-field-content-warning = Aviso de contenido
form-hint-content-warning = Si el texto puede resultar duro de leer, las páginas lo pliegan tras este aviso.
form-error-content-warning = Elija un aviso de la lista.
## Own posts: edit, delete, history, quote (issue #17)
community-post-deleted = Su autor eliminó esta publicación.
community-quote = Citar
community-edit = Editar
community-delete = Eliminar
community-history = Versiones anteriores
community-edited = editado { $when }
community-quote-wrote = { $name } escribió:
post-edit-title = Editar su publicación
post-edit-submit = Guardar cambios
post-edit-intro = En el hilo «{ $thread }». El equipo puede ver las versiones anteriores.
post-back-to-thread = Volver al hilo
post-delete-link = Eliminar esta publicación
post-delete-title = ¿Eliminar su publicación?
post-delete-submit = Eliminar publicación
post-delete-intro = El texto se elimina para siempre, con sus versiones anteriores. Las respuestas conservan su lugar; el hilo indica que la publicación se eliminó.
post-history-heading = Versiones de una publicación
post-history-back = Volver a la publicación
post-history-current = Versión actual
post-history-earlier = Versiones anteriores
post-history-none = Esta publicación no se ha editado.
post-history-written = Escrito por { $name } el { $when }
post-history-replaced = sustituido por { $name } el { $when }
form-field-topics = Temas

## Newsletter choices (issue #17)
newsletter-pillars = Pilares
newsletter-topics = Temas
newsletter-choices-hint = Marque lo que le interesa. Nada marcado: todo.
newsletter-manage-title = Elegir el contenido de su boletín
newsletter-manage-submit = Guardar elección
newsletter-manage-intro = El boletín recoge las novedades de los pilares y temas marcados; sin elección, lo recoge todo.
newsletter-manage-saved-title = Elección guardada
newsletter-manage-saved = El próximo boletín seguirá su nueva elección.
## Grupos de expertos (incidencia #17)
groups-heading = Grupos de expertos
groups-lead = Espacios cerrados para profesionales e investigadores. Solo los miembros de un grupo leen sus debates.
groups-none = Todavía no hay grupos.
groups-admin-link = Gestionar los grupos
groups-admin-heading = Grupos de expertos: gestión
groups-policy-request = Cualquier miembro confirmado puede pedir unirse
groups-policy-invitation = Solo por invitación
groups-status-member = Es usted miembro
groups-status-pending = Su solicitud está pendiente
groups-role-member = miembro
groups-role-moderator = moderador
groups-members = Miembros
groups-leave = Salir de este grupo
groups-pending = Su solicitud espera a un moderador. Usted escribió:
groups-ask-heading = Pedir unirse
groups-ask = Enviar mi solicitud
groups-statement-hint = Unas frases sobre quién es usted y por qué quiere unirse. Los moderadores del grupo la leen.
groups-login-to-ask = Inicie sesión para pedir unirse
groups-queue-link = Solicitudes y denuncias pendientes
groups-queue-heading = Solicitudes de ingreso
groups-requests = Solicitudes
groups-approve = Aceptar
groups-decline = Rechazar
groups-reason-hint = Necesario para rechazar: el miembro lo recibe por correo.
groups-error-reason = Indique por qué rechaza: el miembro recibe este motivo.
groups-keep-post = Mantener el mensaje
groups-new = Nuevo grupo
groups-create = Crear el grupo
groups-public-page = La página del grupo
groups-edit = Nombre, descripción y quién puede unirse
groups-save = Guardar
groups-add-member = Añadir un miembro o nombrar un moderador
groups-add = Añadir
groups-email-hint = La dirección de correo de una cuenta confirmada.
groups-error-policy = Elija quién puede pedir unirse.
groups-error-name = El nombre necesita letras o cifras.
groups-error-taken = Ya existe un grupo con este nombre.
groups-error-no-account = Ninguna cuenta confirmada tiene esta dirección.
form-field-statement = Por qué quiere unirse
form-field-decline-reason = Motivo (para rechazar)
form-field-group-description = Descripción
form-field-join-policy = Quién puede pedir unirse
form-field-group-role = Papel en el grupo
email-group-approved-subject = Bienvenido al grupo «{ $group }» en Sparks
email-group-approved-body = Su solicitud para unirse a «{ $group }» ha sido aceptada. Los debates del grupo están aquí: { $link }
email-group-declined-subject = Su solicitud para unirse a «{ $group }» en Sparks
email-group-declined-body = Un moderador de «{ $group }» ha rechazado su solicitud. El motivo: { $reason }  Puede leer sobre el grupo aquí: { $link }
## Every fact of a record, with its sources (issue 16)
form-field-grant-id = Número del acuerdo de subvención
form-field-coordinator = Coordinador (organización)
form-field-coordinator-country = País del coordinador
form-field-partner-countries = Países de los socios
form-field-eu-contribution-eur = Contribución de la UE (euros)
form-field-cordis-url = Página de CORDIS
form-field-sources = Fuentes
form-field-field-sources = Fuentes de datos concretos
form-field-sparks-urls = Páginas en el antiguo sitio de Sparks
form-field-audience = Público
form-field-organisers = Organizadores
form-field-also-cited-at = También citado en
form-field-chat = Chat
form-yes = Sí
form-no = No
form-hint-lines = Uno por línea.
form-hint-lines-countries = Un país por línea: su nombre o su código de dos letras, como PL.
form-hint-lines-urls = Una dirección web por línea, que empiece por https:// o http://.
form-hint-field-sources = Un dato por línea: el nombre del dato, un espacio y la dirección de su fuente (varias direcciones separadas por espacios), por ejemplo: start_date https://example.org/about
form-hint-euros = Un número entero de euros, solo cifras, como 4974290.
form-hint-plain = Texto sin formato: se muestra tal como está escrito.
form-error-line-url = Línea { $line }: «{ $value }» no es una dirección web (debe empezar por https:// o http://).
form-error-line-country = Línea { $line }: «{ $value }» no es un país conocido; escriba su nombre o su código de dos letras.
form-error-line-field-source = Línea { $line }: «{ $value }» necesita el nombre del dato, un espacio y la dirección de su fuente.
form-error-whole-euros = Escriba un número entero de euros, solo cifras, como 4974290.
form-error-year = Escriba un año en cifras, como 2024.
form-error-source-needed = Una iniciativa nueva necesita al menos una fuente: la dirección web de una página que confirme sus datos.
form-field-partners = Organizaciones socias
form-hint-lines-partners = Una organización por línea, por su nombre; sus países van en el campo siguiente.
fact-partners = Socios
## Estado a partir de los hechos y fechas de comprobación (issue #16)
status-probably-ongoing = Probablemente en curso
status-probably-ongoing-since = Probablemente en curso (iniciada en { $year }, sin fecha de fin registrada)
status-rule-note = «En curso» significa que la fecha de fin aún no ha llegado o que una fuente lo indica. Sin fecha de fin, una iniciativa que empezó en los últimos tres años se muestra como probablemente en curso; una más antigua, como estado desconocido.
fact-status-source = Fuente del estado
form-field-status = Estado indicado por una fuente
form-hint-status = Solo si una fuente lo indica (por ejemplo, el sitio de la iniciativa dice que ha terminado). Si no, deciden las fechas.
form-status-from-dates = Ninguno: deducir de las fechas
form-field-status-source = Fuente del estado
form-hint-status-source = La dirección de la página que indica el estado. Obligatoria si se elige un estado.
checked-on = Comprobado el { $date }
checked-never = Aún sin comprobar
review-heading = Cola de revisión
review-lead = Primero los registros comprobados hace más tiempo: los nunca comprobados ante todo, los servicios de ayuda antes que el resto. «Sigue siendo correcto» registra la fecha de hoy y su nombre.
review-record = Registro
review-type = Tipo
review-checked = Última comprobación
review-actions = Acciones
review-checked-by = { $date } por { $name }
review-still-correct = Sigue siendo correcto
review-edit = Editar
review-empty = Nada que revisar.
review-done = Marcado como comprobado hoy.
review-type-initiative = Iniciativa
review-type-resource = Recurso
review-type-helpline = Servicio de ayuda
review-type-statistic = Cifra
review-type-recommendation = Recomendación
## Notifications (/notifications, the account menu, notification emails)
nav-notifications = Notificaciones
nav-notifications-unread = sin leer
notifications-title = Notificaciones
notifications-unread-count = { $count ->
    [one] { $n } notificación sin leer
   *[other] { $n } notificaciones sin leer
}
notifications-read-all = Marcar todas como leídas
notifications-none = Aún no hay notificaciones. Aquí aparecerán las respuestas a tus debates, las menciones de tu nombre y las decisiones sobre tus propuestas.
notifications-unread = sin leer
notifications-mark-read = Marcar como leída
notifications-email-heading = Correo electrónico
notifications-email-intro = Para cada tipo, elige si recibes un correo al momento, un correo al día que las reúna o ninguno. Siempre aparecen en esta página.
notifications-save = Guardar preferencias
notifications-saved = Tus preferencias se han guardado.
notifications-read-done = Marcada como leída.
notifications-feed-heading = Canal privado
notifications-feed-intro = Una dirección secreta de un canal Atom de tus notificaciones, para un lector de canales. Quien la conozca puede leer tus notificaciones: guárdala para ti y crea una nueva si se ha filtrado (la anterior deja de funcionar).
notifications-feed-url = La dirección de tu canal
notifications-feed-once = Cópiala ahora: por tu seguridad no se guarda y no se podrá volver a mostrar.
notifications-feed-exists = Tienes un canal privado. Crea una nueva dirección si la perdiste o se filtró; la anterior deja de funcionar.
notifications-feed-create = Crear dirección del canal
notifications-feed-regenerate = Crear una nueva dirección
notifications-feed-revoke = Desactivar el canal
notifications-feed-revoked = Tu canal privado está desactivado: su dirección ya no funciona.
notifications-feed-title = Tus notificaciones de Sparks
notification-kind-reply = Respuesta
notification-kind-reply-hint = Una respuesta en un debate que iniciaste o en el que escribiste.
notification-kind-mention = Mención
notification-kind-mention-hint = Alguien escribió @ y tu nombre (con _ en lugar de espacios) en un mensaje.
notification-kind-decision = Decisión sobre tu propuesta
notification-kind-decision-hint = El equipo editorial publicó o rechazó tu propuesta.
notification-kind-followed = Algo que sigues
notification-kind-followed-hint = Novedades en una iniciativa, un pilar, un tema, un debate o una búsqueda que sigues.
notification-kind-waiting = Pendiente de revisión
notification-kind-waiting-hint = Para el equipo editorial y admins: hay una nueva propuesta o denuncia pendiente.
notification-delivery-immediate = Correo al momento
notification-delivery-digest = Resumen diario
notification-delivery-off = Sin correo
notification-email-subject = Sparks — { $kind }: { $title }
notification-email-body = { $kind }: { $title }
    { $link }
notification-email-digest-subject = { $count ->
    [one] Sparks: { $n } notificación hoy
   *[other] Sparks: { $n } notificaciones hoy
}
notification-email-digest-intro = Tus notificaciones desde el último resumen:
notification-email-stop = Dejar de recibir correos de este tipo con un clic: { $stop }
notification-email-settings = Elige cómo te avisamos: { $settings }
notifications-stop-title = Dejar de recibir estos correos
notifications-stop-submit = Dejar de recibir estos correos
notifications-stop-intro = No más correos sobre: { $kind }. Seguirán apareciendo en tu página de notificaciones.
notifications-stopped-title = Correos detenidos
notifications-stopped = Ya no recibirás correos sobre: { $kind }. Puedes volver a activarlos en tu página de notificaciones.
# Following (issue #17)
follow-start = Seguir
follow-stop = Dejar de seguir
follow-following = Sigue esto.
follow-all = Todo lo que sigue
follow-kind-initiative = Iniciativa
follow-kind-pillar = Pilar
follow-kind-country = País
follow-kind-topic = Tema
follow-kind-thread = Debate
follow-kind-search = Búsqueda guardada
following-heading = Lo que sigue
following-lead = Los nuevos registros, noticias, eventos, recursos y respuestas en lo que sigue aparecen en sus notificaciones.
following-none = Todavía no sigue nada. Use el botón Seguir en una iniciativa, un pilar, un debate, o una lista filtrada o una búsqueda.
account-following-link = Lo que sigue

## Recommendation uptake tracker (issue #19, section 2)
recs-back = Todas las recomendaciones
recs-pillar = Pilar
recs-filter = Filtrar las recomendaciones
recs-filter-any = Todas
recs-filter-apply = Mostrar
recs-filter-clear = Quitar los filtros
recs-filter-pillar = Pilar
recs-filter-issuer = Emitida por
recs-filter-addressee = Dirigida a
recs-filter-country = País
recs-filter-status = Aplicación
recs-none = Ninguna recomendación coincide con estos filtros.
uptake-tracker-link = Seguimiento de la aplicación
uptake-csv = Aplicación en CSV
uptake-heading = Aplicación
uptake-caption = En qué punto está cada destinatario de esta recomendación
uptake-addressee = Destinatario
uptake-status = Estado
uptake-date = Fecha
uptake-note = Nota
uptake-timeline = Cronología
uptake-no-history = Nadie ha registrado aún su aplicación: el estado es desconocido.
uptake-recorded-by = Registrado por { $name } el { $when }
uptake-record-heading = Registrar una actualización
uptake-record = Enviar la actualización
uptake-record-staff = Como editor, su actualización se publica al instante y queda en la cronología.
uptake-record-member = Su actualización, con su prueba, pasa por un editor antes de publicarse.
uptake-log-in = Inicie sesión para proponer una actualización con su prueba
uptake-proposed = Gracias: su actualización espera a un editor.
uptake-field-addressee = Destinatario
uptake-field-country = Estado miembro (código de dos letras)
uptake-field-status = Estado de la aplicación
uptake-field-date = Fecha de la prueba
uptake-field-note = Nota breve
uptake-field-source-url = Fuente de la prueba
uptake-hint-country = Solo para Estados miembros, como PL; déjelo vacío para todos los Estados miembros.
uptake-hint-date = El día en que el estado era así, como 2025-03-31. Vacío significa hoy.
uptake-hint-note = Qué se hizo, en una o dos frases.
uptake-hint-source = Obligatoria salvo con «Sin empezar» o «Desconocido»: una página que lo muestre.
uptake-error-source = Indique la dirección de una página que muestre este estado.
uptake-error-future = La fecha no puede estar en el futuro.
uptake-error-date = Escriba un día como 2025-03-31.
uptake-error-country = Escriba un código de país de dos letras, como PL.
uptake-error-country-kind = Solo los Estados miembros se indican por país: elija «Estados miembros» o deje el país vacío.
uptake-error-note = Use como máximo 1000 caracteres.
uptake-error-url = Escriba una dirección web que empiece por https:// o http://.
uptake-status-not-started = Sin empezar
uptake-status-in-progress = En curso
uptake-status-implemented = Aplicada
uptake-status-partly-implemented = Aplicada en parte
uptake-status-rejected = Rechazada
uptake-status-unknown = Desconocido
uptake-addressee-eu = Instituciones de la UE
uptake-addressee-member-states = Estados miembros
uptake-addressee-industry = Plataformas e industria
uptake-addressee-practitioners = Profesionales
uptake-addressee-civil-society = Sociedad civil
uptake-addressee-all = Todos los implicados
uptake-addressee-country = Estado miembro: { $country }
uptake-tracker-title = Seguimiento de la aplicación de las recomendaciones
uptake-tracker-heading = Quién ha aplicado las recomendaciones
uptake-tracker-lead = Cada fila es una recomendación clave y cada columna uno de sus destinatarios, los Estados miembros uno a uno. Cada celda muestra el último estado registrado, con color y con un signo.
uptake-tracker-caption = Estado de la aplicación por recomendación y destinatario
uptake-legend = Leyenda
uptake-not-addressed = No es destinatario
uptake-recommendation = Recomendación
uptake-totals = Totales
uptake-totals-caption = Número de recomendaciones por estado y destinatario
uptake-total = Total
uptake-produced-by = Elaborada por
uptake-acted-on-by = Aplicada por
uptake-links-heading = Iniciativas y recursos relacionados
uptake-link = Vincular
uptake-unlink = Quitar
uptake-field-relation = Relación
uptake-field-kind = Tipo
uptake-field-target = Identificador de la iniciativa o del recurso
uptake-hint-target = La última parte de su dirección, como arica.
uptake-error-target = Ninguna iniciativa o recurso de este tipo tiene este identificador.
uptake-initiative-produced-by = Recomendaciones que elaboró
uptake-initiative-acted-on-by = Recomendaciones que aplica
kind-name-uptake = Actualización de la aplicación
## Site: navigation, compact header, contact, privacy, accessibility (issue #19, section 3)
header-menu = Menú
header-search-link = Buscar
footer-nav-label = Sobre este sitio
footer-campaigns = Campañas
footer-media-pack = Kit de prensa
footer-support = Apóyanos
footer-join = Únete a la comunidad
footer-contact = Contacto
footer-privacy-notice = Privacidad
footer-accessibility = Accesibilidad
home-invite-heading = Participa
home-invite-join-text = Únete a la comunidad: propón iniciativas, recursos y eventos, y debate con profesionales sobre el trabajo contra el abuso sexual infantil.
home-invite-join = Unirse a { $site }
home-invite-support-text = { $site } es gratuito e independiente. Tu apoyo lo mantiene en línea, verificado y traducido.
home-invite-support = Apoyar a { $site }
duration-hours = { $count ->
    [one] { $n } hora
   *[other] { $n } horas
}
duration-minutes = { $count ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
contact-title = Contacto
contact-submit = Enviar el mensaje
contact-intro = Escribe a las personas que gestionan { $site }: una pregunta, una corrección, una barrera que encontraste, una propuesta.
contact-help-first = Si tú o un niño o niña necesitáis ayuda ahora, no esperes una respuesta: la página de ayuda reúne los números de emergencia y las líneas de ayuda.
contact-email-hint = La necesitamos para responderte y no la usamos para nada más.
contact-privacy-link = Cómo se trata tu mensaje
contact-sent-title = Mensaje enviado
contact-sent = Gracias. Tu mensaje va de camino a las personas que gestionan el sitio; te responderán en la dirección que indicaste.
contact-back-home = Volver a la página de inicio
form-field-subject = Asunto
form-field-message = Mensaje
privacy-title = Aviso de privacidad
privacy-description = Qué guarda { $site } sobre ti, por qué, durante cuánto tiempo y cómo ejercer tus derechos.
privacy-lead = Este aviso explica qué guarda { $site }, por qué y durante cuánto tiempo, y cómo ejercer tus derechos. Se genera a partir de la configuración con la que funciona este sitio: los plazos indicados son los que aplica.
privacy-no-tracking = Quien no inicia sesión no recibe ninguna cookie, y ninguna página carga nada de otro sitio: ni estadísticas, ni fuentes, ni mapas, ni vídeos incrustados.
privacy-data-heading = Qué se guarda, por qué y durante cuánto tiempo
privacy-why = Por qué
privacy-how-long = Durante cuánto tiempo
privacy-visitors-what = Visitantes que no inician sesión
privacy-visitors-why = No se guarda nada sobre ti salvo el registro del servidor (abajo): las páginas son iguales para todos, y la elección de idioma va en la dirección, no en una cookie.
privacy-visitors-how-long = No hay nada que guardar.
privacy-logs-what = Registros del servidor: método, ruta (nunca los términos de búsqueda ni otro texto de la consulta), estado y duración de cada petición; en los eventos de seguridad (inicios de sesión, formularios rechazados, límites de frecuencia), la dirección de red
privacy-logs-why = Para hacer funcionar el sitio, encontrar fallos y detener abusos.
privacy-logs-how-long = Mientras los operadores conserven sus registros; el propio software nunca escribe en ellos contraseñas, tokens ni identificadores de sesión.
privacy-account-what = Cuentas de miembros: dirección de correo, nombre visible, contraseña (solo como hash argon2id), organización, país, especialidad, pilares, cuáles de ellos muestra tu perfil, y un segundo factor si lo activas (sellado con la clave del sitio)
privacy-account-why = Para gestionar tu cuenta y mostrar el perfil que decidas hacer público; la dirección de correo nunca aparece en una página.
privacy-account-how-long = Hasta que elimines tu cuenta.
privacy-session-what = Sesiones: una cookie con un identificador aleatorio; la base de datos guarda solo su hash
privacy-session-why = Para mantener tu sesión iniciada. La cookie solo se crea al iniciar sesión.
privacy-session-how-long = Una sesión termina tras { $idle } sin uso ({ $staff } para editores y administradores), como máximo { $absolute } después de iniciar sesión, y al cerrar sesión o cambiar la contraseña.
privacy-tokens-what = Enlaces enviados por correo (confirmar una dirección, elegir una contraseña nueva, confirmar el boletín); solo se guarda su hash
privacy-tokens-why = Para comprobar que una dirección es tuya.
privacy-tokens-how-long = Registro: { $join }; contraseña nueva: { $reset }; boletín: { $newsletter }. Después el enlace deja de funcionar.
privacy-posts-what = Lo que escribes: debates, respuestas, denuncias, propuestas y versiones anteriores de las publicaciones editadas
privacy-posts-why = Los debates de la comunidad y la moderación de lo que se publica.
privacy-posts-how-long = Hasta que borres una publicación. Si eliminas tu cuenta, tus publicaciones se quedan, sin tu nombre.
privacy-notifications-what = Notificaciones, lo que sigues, tus preferencias de correo y el idioma de tus correos
privacy-notifications-why = Para avisarte de respuestas, menciones y nuevos registros que decidiste seguir.
privacy-notifications-how-long = Hasta que elimines tu cuenta; cada correo tiene un enlace para detenerlo.
privacy-newsletter-what = Personas suscritas al boletín: dirección de correo, pilares y temas elegidos, y cuándo se confirmó la suscripción
privacy-newsletter-why = Para enviar el resumen de novedades.
privacy-newsletter-digest-every = En este sitio se envía cada { $every }.
privacy-newsletter-digest-manual = En este sitio lo envían los operadores a mano.
privacy-newsletter-how-long = Hasta que te des de baja, con el enlace de un clic de cada envío; no se envía nada antes de tu confirmación.
privacy-contact-what = Mensajes enviados con el formulario de contacto: nombre, dirección de respuesta, asunto y texto
privacy-contact-why = Para responderte.
privacy-contact-how-long = El sitio no los guarda: cada mensaje se envía por correo a los operadores y sale de la cola de correo una vez enviado.
privacy-mail-smtp = Este sitio entrega el correo al servidor de correo de los operadores.
privacy-mail-outbox = Este sitio no tiene servidor de correo configurado: los correos se escriben como archivos en la carpeta de salida del servidor, para los operadores.
privacy-mail-what = Correos pendientes de envío: dirección, asunto y texto
privacy-mail-why = Para entregar los correos anteriores y reintentar cuando el servidor de correo no responde.
privacy-mail-how-long = Se borran una vez enviados; tras { $attempts } intentos fallidos, un correo se conserva marcado como fallido para que los operadores lo revisen.
privacy-uploads-what = Imágenes subidas por los editores para el kit de prensa, recodificadas sin sus metadatos (lugar, cámara, autoría).
privacy-uploads-bucket = Se guardan en el almacenamiento compatible con S3 de los operadores.
privacy-uploads-local = Se guardan en la carpeta de datos del servidor.
privacy-uploads-why = Para ofrecerlas para su descarga.
privacy-uploads-how-long = Hasta que un editor las retire.
privacy-audit-what = El registro de cambios: quién cambió qué registro, cuándo, y la versión anterior
privacy-audit-why = Para que cada dato publicado pueda rastrearse y restaurarse.
privacy-audit-how-long = Mientras exista el registro; las entradas de una cuenta eliminada ya no la nombran.
privacy-backups-what = Copias de seguridad: copias de toda la base de datos y de los archivos subidos
privacy-backups-why = Para restaurar el sitio tras un fallo.
privacy-backups-how-long = Mientras los operadores conserven cada copia; los datos que borraste desaparecen de las copias a medida que se sustituyen las antiguas.
privacy-rights-heading = Tus derechos y cómo ejercerlos
privacy-rights-intro = Según el Reglamento General de Protección de Datos (RGPD) puedes consultar, rectificar y suprimir lo que se guarda sobre ti, y oponerte a su uso. Casi todo puedes hacerlo tú:
privacy-right-access = Ver todo lo que se guarda sobre tu cuenta, en un archivo:
privacy-right-access-link = exportar tus datos
privacy-right-rectify = Corregir tus datos y elegir qué muestra tu perfil:
privacy-right-rectify-link = tu cuenta
privacy-right-erase = Suprimir tu cuenta:
privacy-right-erase-link = eliminar tu cuenta
privacy-right-unsubscribe = Dejar el boletín con el enlace de cualquier envío, o aquí:
privacy-right-unsubscribe-link = el boletín
privacy-right-notifications = Detener los correos de notificación:
privacy-right-notifications-link = tus notificaciones
privacy-right-other = Para todo lo demás (una pregunta sobre tus datos, una oposición, una suscripción a la que no llegas), escríbenos:
privacy-right-other-link = contacto
privacy-right-complain = También puedes reclamar ante la autoridad de protección de datos de tu país.
a11y-title = Declaración de accesibilidad
a11y-description = Cuán accesible es { $site }, qué no lo es todavía y cómo comunicarnos una barrera.
a11y-lead = { $site } quiere que su sitio web pueda usarlo todo el mundo, conforme a la Directiva (UE) 2016/2102. Esta declaración se aplica a { $address }.
a11y-status-heading = Situación de cumplimiento
a11y-status-partial = Este sitio web es parcialmente conforme con las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1, nivel AA, debido a las carencias que se enumeran a continuación.
a11y-gaps-heading = Contenido no accesible
a11y-gaps-intro = El siguiente contenido todavía no es plenamente accesible:
a11y-gap-charts = Los gráficos de las páginas de cifras y del panorama son imágenes dibujadas por el servidor: un lector de pantalla no puede explorarlos. Cada gráfico tiene al lado una tabla con las mismas cifras y un archivo CSV.
a11y-gap-languages = Los registros, las noticias de los canales de las iniciativas y los servicios de ayuda se muestran en el idioma de su fuente, no siempre en el de la página; se marca su idioma cuando se conoce.
a11y-gap-member-texts = Los textos escritos por miembros y editores pueden carecer de encabezados o de descripciones de enlaces que no podemos comprobar automáticamente.
a11y-gap-linked = Los documentos y sitios a los que enlazamos (informes de proyectos, archivos PDF, sitios de otras organizaciones) no dependen de nosotros y pueden no ser accesibles.
a11y-gap-audit = Todavía no se ha hecho una auditoría completa por una persona experta independiente; las comprobaciones automáticas solo detectan parte de los posibles problemas.
a11y-preparation-heading = Preparación de esta declaración
a11y-preparation-date = Esta declaración se basa en las comprobaciones revisadas por última vez el { $date }.
a11y-preparation-method = Método: autoevaluación. Cada tipo de página se comprueba en un navegador real con axe-core según las WCAG 2.1 A y AA, para su uso solo con el teclado (enlace de salto y salida rápida primero), en una pantalla de 320 píxeles de ancho sin desplazamiento horizontal, y sin JavaScript.
a11y-feedback-heading = Observaciones y contacto
a11y-feedback-text = Si encuentras una barrera o necesitas un contenido en otro formato, dínoslo y te responderemos:
a11y-feedback-link = el formulario de contacto
a11y-enforcement-heading = Procedimiento de aplicación
a11y-enforcement-text = Si nuestra respuesta no te satisface, puedes dirigirte al organismo que supervisa la accesibilidad web en tu país. La Comisión Europea publica la lista:
a11y-enforcement-link = la accesibilidad web en la UE
# Campaigns and their communication kits (issue #19)
nav-campaigns = Campañas
campaigns-title = Campañas
campaigns-heading = Campañas y kits de comunicación
campaigns-lead = Mensajes clave, publicaciones para compartir y gráficos para días de sensibilización y para el propio Sparks, en cada idioma del sitio. Cópielos, compártalos o descargue un kit completo.
campaigns-new = Crear una campaña
campaigns-none = Todavía no hay campañas.
campaign-draft = Borrador: solo el equipo ve esta campaña.
campaign-languages = También en:
campaign-kit-download = Descargar el kit completo (zip: gráficos, publicaciones, correo y nota de prensa)
campaign-edit = Editar esta campaña
campaign-messages = Mensajes clave
campaign-hashtags = Hashtags
campaign-short-posts = Publicaciones cortas (X, Bluesky, Mastodon)
campaign-long-posts = Publicaciones largas (LinkedIn, Facebook, un blog)
campaign-email = Correo o boletín
campaign-email-subject = Asunto:
campaign-press = Nota de prensa
campaign-initiatives = Iniciativas que la impulsan
campaign-resources = Recursos
campaign-events = Eventos
campaign-cta = Llamada a la acción
campaign-format-banner-1200x630 = Banner
campaign-format-banner-1080x1080 = Publicación cuadrada
campaign-format-story-1080x1920 = Historia
campaign-format-wordmark = Logotipo
campaign-graphic-alt = { $site }: { $slogan }. { $title }. { $hashtags }
campaign-form-title = Campaña
campaign-form-submit = Guardar como borrador
campaign-publish = Publicar
campaign-form-intro = Escriba la campaña en cada idioma que tenga (un idioma vacío se omite). Guárdela como borrador para ver aquí sus gráficos y su página antes de publicarla.
campaign-status-published = Publicada: los visitantes ven esta campaña.
campaign-status-draft = Borrador: solo el equipo ve esta campaña hasta que se publique.
campaign-see-page = Ver la página de la campaña
campaign-field-slug = Dirección (slug)
campaign-field-pillars = Pilares
campaign-field-starts-on = Primer día
campaign-field-ends-on = Último día
campaign-field-hashtags = Hashtags
campaign-field-cta = Llamada a la acción
campaign-field-source-url = Fuente
campaign-field-initiatives = Iniciativas
campaign-field-resources = Recursos
campaign-field-events = Eventos
campaign-field-title = Título
campaign-field-slogan = Eslogan
campaign-field-summary = Resumen
campaign-field-messages = Mensajes clave
campaign-field-cta-label = Texto de la llamada a la acción
campaign-field-short-posts = Publicaciones cortas
campaign-field-long-posts = Publicaciones largas
campaign-field-email-subject = Asunto del correo
campaign-field-email-body = Texto del correo
campaign-field-press = Nota de prensa
campaign-hint-slug = Minúsculas, cifras y guiones: /campaigns/esta-direccion.
campaign-hint-hashtags = Separados por espacios, cada uno empieza por #.
campaign-hint-cta = Una ruta de este sitio, como /join, /help, /support o /resources/un-recurso.
campaign-hint-initiatives = Un slug por línea, como en /initiatives/slug.
campaign-hint-resources = Un slug por línea, como en /resources/slug.
campaign-hint-events = Un slug por línea, como en /events/slug.
campaign-hint-messages = Un mensaje por línea.
campaign-hint-short-posts = Una línea en blanco entre publicaciones; 280 caracteres como máximo con los hashtags.
campaign-hint-long-posts = Una línea solo con --- entre publicaciones.
campaign-error-short-post = Esta publicación es demasiado larga con los hashtags (280 caracteres como máximo).
campaign-error-language = Escriba la campaña en al menos un idioma.
campaign-error-slug = Use minúsculas, cifras y guiones (80 como máximo).
campaign-error-date = Escriba una fecha como AAAA-MM-DD (el último día no antes del primero).
campaign-error-hashtags = Cada hashtag empieza por # y no tiene espacios.
campaign-error-cta = Escriba una ruta de este sitio que empiece por /.
campaign-error-source = Escriba una dirección que empiece por https://.
campaign-error-unknown = No se encuentra nada en { $slug }.
campaign-error-slug-taken = Otra campaña tiene esta dirección.
media-campaign-heading = La campaña de la plataforma
media-campaign-lead = El kit de lanzamiento de Sparks: mensajes clave, publicaciones y gráficos en cada idioma, generados a partir de sus palabras.
media-campaign-link = Abrir la campaña de lanzamiento de Sparks

# Campaign proposals by members
campaigns-propose = Proponer una campaña
campaign-propose-title = Proponer una campaña
campaign-propose-submit = Enviar para revisión
campaign-propose-intro = Escriba la campaña y su kit en cada idioma que pueda (un idioma vacío se omite). Una persona del equipo editorial la revisa, con sus gráficos, antes de publicarla.
