"""The demonstration articles and clinical case studies (Markdown), in French."""

ARTICLES = [
    {"title": "Bien choisir son détartreur ultrasonique", "subject": "handpiece", "days_ago": 42,
     "author": "Dr Nadia Alaoui",
     "excerpt": "Piézoélectrique ou magnétostrictif, puissance, inserts, entretien : les critères qui "
                "comptent vraiment avant d'investir dans un détartreur.",
     "content": """## Piézoélectrique ou magnétostrictif ?

Les détartreurs **piézoélectriques** font vibrer l'insert de façon linéaire, ce qui limite l'échauffement
et le bruit. Les modèles **magnétostrictifs** produisent un mouvement elliptique, efficace sur le tartre
abondant mais plus sensible pour le patient.

## Les critères de choix

- **L'asservissement de la puissance** : le générateur adapte l'énergie à la résistance rencontrée.
- **La gamme d'inserts** : parodontie, endodontie, préparation prothétique.
- **L'éclairage LED** de la pièce à main, précieux dans les secteurs postérieurs.
- **La stérilisation** : pièce à main et clés autoclavables à 134 °C.

## Entretien au quotidien

1. Purger le circuit d'eau 30 secondes en début de journée.
2. Vérifier l'usure des inserts avec la carte de contrôle du fabricant.
3. Stériliser la pièce à main après chaque patient.

Un insert usé de 2 mm perd près de la moitié de son efficacité : le remplacer à temps fait gagner du
temps au fauteuil.
"""},
    {"title": "Stérilisation au cabinet : le protocole pas à pas", "subject": "autoclave", "days_ago": 30,
     "author": "Dr Youssef Berrada",
     "excerpt": "Du prétraitement à la traçabilité, les étapes d'une chaîne de stérilisation fiable et "
                "conforme aux recommandations.",
     "content": """## 1. Prétraitement

Immerger les instruments dès la fin du soin dans une solution détergente désinfectante, pendant la durée
indiquée par le fabricant. Ne jamais laisser sécher les souillures.

## 2. Nettoyage

Le **bac à ultrasons** complète le nettoyage manuel. Rincer puis sécher soigneusement : l'humidité
résiduelle compromet la stérilisation.

## 3. Conditionnement

- sachets autoscellants adaptés à la taille des instruments ;
- un indicateur de passage sur chaque emballage ;
- date de stérilisation et numéro de cycle.

## 4. Stérilisation

Seul un **autoclave de classe B** (vide fractionné) stérilise les instruments creux et emballés. Le cycle
de référence est de 134 °C pendant 18 minutes pour les instruments critiques.

## 5. Traçabilité

Enregistrer chaque cycle et faire chaque semaine un test de Bowie-Dick et un test d'étanchéité au vide.
"""},
    {"title": "Composites antérieurs : réussir la stratification", "subject": "tooth", "days_ago": 21,
     "author": "Dr Salma Bennani",
     "excerpt": "Choix des teintes, gestion des masses et finitions : une méthode simple pour des "
                "restaurations antérieures invisibles.",
     "content": """## Prendre la teinte avant tout

Choisir la teinte **avant** la pose de la digue : une dent déshydratée paraît plus claire en quelques
minutes. Un teintier personnalisé, fait avec vos propres composites, est le meilleur guide.

## La stratification en trois couches

1. Une **coque palatine** en masse émail, guidée par une clé en silicone.
2. La **dentine**, modelée en mamelons pour recréer la structure interne.
3. Une fine couche d'**émail** vestibulaire pour l'opalescence.

## Polymérisation

- 20 secondes par couche de 2 mm maximum ;
- embout de la lampe au contact, perpendiculaire à la surface ;
- une polymérisation finale sous gel de glycérine supprime la couche inhibée.

## Finitions et polissage

Fraises diamantées à grain fin, puis disques et pointes siliconées. Le brillant final se gagne à basse
vitesse, sans pression excessive.
"""},
    {"title": "Endodontie mécanisée : 5 conseils pour une mise en forme sûre", "subject": "files",
     "days_ago": 12, "author": "Dr Karim Tazi",
     "excerpt": "Perméabilité, vitesse, irrigation : les réflexes qui évitent les fractures de limes et les "
                "déviations canalaires.",
     "content": """## Les cinq conseils

1. **Créer un sentier de pénétration** manuel jusqu'à une lime 15 avant toute lime rotative.
2. **Respecter le couple et la vitesse** programmés pour chaque séquence.
3. **Irriguer abondamment** entre chaque lime, à l'hypochlorite de sodium.
4. **Ne jamais forcer** : trois passages au maximum, puis nettoyer les spires.
5. **Jeter les limes** après un cas difficile ou à la moindre déformation.

## Le rôle du moteur

Un moteur avec localisateur d'apex intégré contrôle la longueur de travail en continu et inverse la
rotation en cas de surcharge.

## À retenir

> La mise en forme prépare le canal ; c'est l'irrigation qui le désinfecte.
"""},
    {"title": "Prévention chez l'enfant : vernis fluorés et scellements de sillons", "subject": "brush",
     "days_ago": 5, "author": "Dr Amina Chraibi",
     "excerpt": "Deux gestes simples, rapides et bien acceptés qui réduisent nettement le risque carieux "
                "des jeunes patients.",
     "content": """## Le vernis fluoré

Appliqué deux à quatre fois par an chez l'enfant à risque carieux élevé, le vernis fluoré renforce
l'émail et reminéralise les lésions débutantes.

- Sécher grossièrement les dents avec une compresse.
- Appliquer une fine couche au pinceau.
- Pas de brossage ni d'aliments durs pendant 4 heures.

## Le scellement de sillons

Les molaires permanentes sont scellées dès leur éruption complète, sur des sillons sains ou porteurs
de lésions non cavitaires.

1. Nettoyer les sillons à la brossette.
2. Mordancer 30 secondes, rincer, sécher.
3. Appliquer le scellant, vérifier l'absence de bulle, polymériser.

## Éduquer la famille

Un révélateur de plaque rend la démonstration du brossage concrète pour l'enfant comme pour ses parents.
"""},
    {"title": "Radiologie numérique : capteur ou plaques phosphore ?", "subject": "xray", "days_ago": None,
     "author": "Dr Youssef Berrada",
     "excerpt": "Rapidité, confort, coût : comparatif des deux technologies de radiographie intra-orale.",
     "content": """## Le capteur

Image immédiate et excellente résolution, mais un capteur rigide et un câble moins confortables.

## Les plaques phosphore

- aussi fines qu'un film ;
- plusieurs tailles disponibles ;
- lecture en quelques secondes par un scanner.

## Notre avis

*Article en cours de rédaction.*
"""},
]

CASE_STUDIES = [
    {"title": "Réhabilitation implantaire d'une première molaire mandibulaire", "subject": "implant",
     "days_ago": 35, "products": ["STR-BLT-4110", "GEI-BIOOSS-05", "GEI-BIOGIDE-25", "OST-DRILL-KIT"],
     "summary": "Patient de 52 ans, extraction ancienne de la 46 : pose d'un implant avec régénération "
                "osseuse guidée, puis couronne en zircone.",
     "content": """## Situation initiale

Patient de 52 ans, non fumeur, édenté en 46 depuis trois ans. Perte osseuse vestibulaire modérée ;
hauteur osseuse disponible de 11 mm au-dessus du canal mandibulaire.

## Plan de traitement

1. Pose d'un implant conique Ø 4,1 × 10 mm.
2. Comblement vestibulaire par substitut osseux et membrane résorbable.
3. Mise en charge après trois mois de cicatrisation.

## Déroulement

Le forage a suivi la séquence du fabricant, sous irrigation abondante. Stabilité primaire : 35 N·cm.
Le défaut vestibulaire a été comblé puis recouvert d'une membrane de collagène.

## Résultat

À un an, l'os péri-implantaire est stable à la radiographie et les tissus mous sont sains. La couronne
monolithique en zircone s'intègre parfaitement à l'arcade.
"""},
    {"title": "Traitement endodontique d'une molaire aux canaux courbes", "subject": "files", "days_ago": 20,
     "products": ["DS-PTG-25", "DS-XSMART", "SEP-PARCAN", "DS-GP-F2", "DS-AHPLUS"],
     "summary": "Pulpite irréversible sur 36 avec racine mésiale très courbe : mise en forme mécanisée et "
                "obturation en monocône.",
     "content": """## Diagnostic

Patiente de 34 ans, douleurs spontanées nocturnes sur la 36. Tests de sensibilité positifs et prolongés :
pulpite irréversible. La racine mésiale présente une courbure de 35°.

## Protocole

- Anesthésie locorégionale et pose de la digue.
- Cathétérisme manuel jusqu'à la lime 15 ; longueur de travail au localisateur d'apex.
- Mise en forme en rotation continue, en respectant la séquence sans forcer.
- Irrigation à l'hypochlorite de sodium à 3 % entre chaque lime, activation finale.

## Obturation

Monocône de gutta-percha calibré et ciment à base de résine époxy, contrôlés radiographiquement.

## Suivi

À six mois, la dent est asymptomatique et la lésion apicale en cours de cicatrisation.
"""},
    {"title": "Fermeture d'un diastème par stratification composite", "subject": "lamp",
     "days_ago": 8, "products": ["3M-Z550-A2", "3M-SBU-5", "KOM-ZEP-FG10", "IVO-BPG4"],
     "summary": "Diastème interincisif de 2 mm chez une patiente de 27 ans : fermeture sans préparation, en "
                "une séance.",
     "content": """## Demande de la patiente

Patiente de 27 ans gênée par un diastème de 2 mm entre 11 et 21, sans autre doléance esthétique.

## Étapes cliniques

1. Détartrage et éclaircissement préalable.
2. Projet esthétique validé par un mock-up en bouche.
3. Collage sans préparation : mordançage sélectif de l'émail et adhésif universel.
4. Stratification des faces proximales avec une clé en silicone.

## Finitions

Polissage aux fraises diamantées fines puis aux pointes siliconées. Points de contact vérifiés au fil.

## Résultat

Une séance de 90 minutes, aucun tissu dentaire sacrifié, et un sourire harmonieux que la patiente juge
parfaitement naturel.
"""},
]
