"""The demonstration catalogue: categories and their products (prices in MAD, TTC).

`stock` is the opening stock; `subject` names the drawing of the product's picture (seed_drawings).
A few products sit under the low-stock threshold, two are out of stock, and some carry their own threshold.
"""


def product(name, brand, sku, price, stock, subject, description, threshold=None):
    return {"name": name, "brand": brand, "sku": sku, "price": price, "stock": stock, "subject": subject,
            "description": description, "low_stock_threshold": threshold}


def category(name, description, products):
    return {"name": name, "description": description, "products": products}


INSTRUMENTS = [
    product("Miroirs buccaux plans n°5 (lot de 12)", "Hu-Friedy", "HF-MIR5-12", "540.00", 48, "mirror",
            "Miroirs plans de diamètre 24 mm à surface frontale pour une image nette, sans dédoublement. Ils "
            "se vissent sur tous les manches à cône standard. Autoclavables à 134 °C."),
    product("Sonde d'exploration double n°23/17", "Hu-Friedy", "HF-EXP-2317", "185.00", 35, "scaler",
            "Sonde double associant une extrémité en crochet n°23 et une extrémité n°17 pour le dépistage "
            "des caries et l'exploration des bords de restauration. Manche léger et ergonomique en acier "
            "inoxydable."),
    product("Curette de Gracey 11/12 After Five", "Hu-Friedy", "HF-SAS-1112", "420.00", 7, "scaler",
            "Curette à tige allongée de 3 mm pour atteindre les poches parodontales profondes des faces "
            "mésiales postérieures. Lame affinée pour une meilleure adaptation sous-gingivale. Acier "
            "EverEdge qui garde son tranchant plus longtemps."),
    product("Précelle de Collège striée 15 cm", "Medesy", "MDS-PRC-15", "95.00", 60, "scaler",
            "Précelle coudée à mors striés pour saisir cotons, cônes de papier et petits instruments. Acier "
            "inoxydable trempé, finition satinée antireflet."),
    product("Spatule à composite en titane", "Medesy", "MDS-SPT-TI", "210.00", 32, "scaler",
            "Spatule double à revêtement nitrure de titane : le composite ne colle pas à l'instrument et se "
            "modèle avec précision. Idéale pour les restaurations antérieures et postérieures."),
]

CONSUMABLES = [
    product("Composite nano-hybride Filtek Z550 A2 (seringue 4 g)", "3M", "3M-Z550-A2", "395.00",
            42, "syringe",
            "Composite universel nano-hybride, radio-opaque, pour restaurations antérieures et postérieures. "
            "Excellent poli et grande résistance à l'usure. Teinte A2."),
    product("Adhésif universel Scotchbond Universal Plus (5 ml)", "3M", "3M-SBU-5", "890.00", 18, "bottle",
            "Adhésif monocomposant compatible avec les techniques de mordançage total, sélectif ou "
            "automordançant. Adhère à l'émail, à la dentine, à la zircone et aux métaux sans primaire."),
    product("Gants nitrile non poudrés taille M (boîte de 100)", "Euronda", "EUR-NIT-M", "75.00", 120, "box",
            "Gants d'examen en nitrile sans latex ni poudre, texturés au bout des doigts pour une bonne "
            "préhension. Ambidextres, coloris bleu."),
    product("Rouleaux de coton salivaires n°2 (300 pièces)", "Coltene", "COL-ROEKO-2", "65.00", 90, "box",
            "Rouleaux de coton dentaire de 10 mm de diamètre, très absorbants et sans peluches. Ils "
            "maintiennent le champ opératoire sec pendant les soins conservateurs."),
    product("Ciment verre ionomère Fuji IX GP (coffret)", "GC", "GC-FUJI-IX", "760.00", 14, "box",
            "Verre ionomère de restauration à haute viscosité qui libère du fluor. Indiqué pour les "
            "restaurations de classe I et II en denture temporaire et les techniques ART."),
    product("Fraises diamantées Zéphyr FG (assortiment de 10)", "Komet", "KOM-ZEP-FG10", "480.00", 25, "burs",
            "Assortiment de fraises diamantées à grain moyen pour turbine : boules, flammes et cylindres. Le "
            "diamantage Zéphyr coupe vite en chauffant peu la dent."),
]

EQUIPMENT = [
    product("Détartreur ultrasonique Newtron P5 XS", "Acteon", "ACT-P5XS", "12900.00", 16, "handpiece",
            "Détartreur piézoélectrique à asservissement automatique de la puissance, livré avec trois "
            "inserts et une pièce à main autoclavable. Silencieux et confortable pour le patient."),
    product("Turbine Ti-Max Z900L à lumière", "NSK", "NSK-Z900L", "9800.00", 12, "handpiece",
            "Turbine en titane à tête miniature et éclairage LED. Quadruple spray et roulements céramique "
            "pour une coupe puissante et un niveau sonore réduit."),
    product("Contre-angle bague rouge Synea Vision WK-99 LT", "W&H", "WH-WK99LT", "11500.00", 4, "handpiece",
            "Contre-angle multiplicateur 1:5 pour la préparation des cavités et des couronnes. Éclairage "
            "LED+ à la lumière du jour et spray à cinq sorties.", threshold=3),
    product("Lampe à photopolymériser Bluephase G4", "Ivoclar", "IVO-BPG4", "7400.00", 15, "lamp",
            "Lampe LED polywave de 1 200 mW/cm² qui détecte les mouvements de la pièce à main et prolonge "
            "l'exposition si nécessaire. Polymérise tous les matériaux photopolymérisables."),
    product("Aéropolisseur Air-Flow handy 3.0", "EMS", "EMS-AFH3", "9400.00", 11, "handpiece",
            "Aéropolisseur supragingival pour éliminer colorations et biofilm en douceur. Se raccorde "
            "directement au raccord de turbine."),
]

HYGIENE = [
    product("Autoclave classe B Lisa 22 L", "W&H", "WH-LISA-22", "62500.00", 2, "autoclave",
            "Autoclave de classe B à cycle rapide et traçabilité intégrée. Cuve de 22 litres pour cinq "
            "plateaux, séchage optimisé et consommation d'eau réduite.", threshold=2),
    product("Spray désinfectant de surfaces sans alcool (750 ml)", "Dürr Dental", "DUR-FD322", "145.00",
            4, "bottle",
            "Désinfectant prêt à l'emploi pour les surfaces sensibles à l'alcool, comme le fauteuil et les "
            "revêtements. Bactéricide, levuricide et virucide en une minute."),
    product("Sachets de stérilisation autoscellants 90 × 230 mm (200)", "Euronda", "EUR-SACH-90", "120.00",
            150, "box",
            "Sachets papier-plastique avec indicateurs de stérilisation vapeur imprimés. Fermeture adhésive "
            "pour un emballage rapide et sûr des instruments."),
    product("Cuve à ultrasons Eurosonic 4D (3 litres)", "Euronda", "EUR-ES4D-3", "5400.00", 13, "box",
            "Bac à ultrasons de 3 litres pour le prénettoyage des instruments avant stérilisation. Chauffage "
            "et minuterie numériques."),
    product("Hexanios G+R désinfection des instruments (1 L)", "Anios", "ANI-HEX-1L", "260.00", 40, "bottle",
            "Détergent désinfectant pour le prétraitement des instruments. Dilué à 0,5 %, il agit en 15 "
            "minutes et préserve les instruments rotatifs."),
]

ENDODONTICS = [
    product("Limes ProTaper Gold assorties 25 mm (6)", "Dentsply Sirona", "DS-PTG-25", "620.00", 30, "files",
            "Limes rotatives en nickel-titane à traitement thermique, plus flexibles et plus résistantes à "
            "la fatigue cyclique. Séquence simple pour la plupart des canaux."),
    product("Limes K-Files ISO 15-40 21 mm (6)", "Dentsply Sirona", "DS-KF-1540", "85.00", 0, "files",
            "Limes manuelles en acier inoxydable pour la négociation et la mise en forme des canaux. Manches "
            "à code couleur ISO."),
    product("Moteur d'endodontie X-Smart Pro+", "Dentsply Sirona", "DS-XSMART", "15900.00", 3, "handpiece",
            "Moteur sans fil avec localisateur d'apex intégré et mouvements rotatif et réciproque. Les "
            "programmes des principales séquences de limes sont préenregistrés."),
    product("Hypochlorite de sodium Parcan 3 % (500 ml)", "Septodont", "SEP-PARCAN", "110.00", 55, "bottle",
            "Solution d'irrigation canalaire à 3 % de chlore actif, stabilisée. Dissout les tissus "
            "organiques et désinfecte le système canalaire."),
    product("Cônes de gutta-percha ProTaper F2 (60)", "Dentsply Sirona", "DS-GP-F2", "190.00", 24, "box",
            "Cônes calibrés sur la conicité des limes ProTaper F2 pour une obturation en monocône ou par "
            "condensation. Repères de longueur gravés tous les millimètres."),
    product("Ciment d'obturation canalaire AH Plus", "Dentsply Sirona", "DS-AHPLUS", "680.00", 16, "syringe",
            "Ciment à base de résine époxy, radio-opaque et stable dans le temps. Faible rétraction et "
            "excellente étanchéité apicale."),
]

ORTHODONTICS = [
    product("Brackets métalliques Victory MBT 0.022 (kit de 20)", "3M", "3M-VICT-022", "1850.00",
            11, "brackets",
            "Brackets en acier inoxydable à faible encombrement et prescription MBT. Base micro-gravée pour "
            "un collage fiable et une dépose facile.", threshold=15),
    product("Arcs NiTi thermoactifs 0.016 maxillaires (10)", "Ormco", "ORM-NITI-016", "260.00",
            40, "brackets",
            "Arcs en nickel-titane activés par la chaleur buccale : des forces légères et constantes pour "
            "l'alignement initial. Forme d'arcade naturelle, repère médian."),
    product("Ligatures élastomères colorées (1 008)", "Ormco", "ORM-LIG-1008", "140.00", 65, "box",
            "Ligatures élastomériques en module, résistantes aux colorations. Assortiment de couleurs "
            "appréciées des jeunes patients."),
    product("Pince de Weingart", "Leone", "LEO-WEING", "690.00", 12, "scaler",
            "Pince à becs fins et striés pour placer et retirer les arcs. Acier inoxydable forgé, "
            "articulation à tenon pour une longue durée de vie."),
]

IMPLANTOLOGY = [
    product("Implant BLT Ø 4,1 × 10 mm Roxolid SLActive", "Straumann", "STR-BLT-4110", "3200.00",
            12, "implant",
            "Implant conique à niveau osseux en alliage titane-zirconium. Surface hydrophile pour une "
            "ostéointégration plus rapide.", threshold=15),
    product("Implant NobelActive 4,3 × 11,5 mm", "Nobel Biocare", "NB-ACT-4311", "2950.00", 18, "implant",
            "Implant à filetage expansif pour une stabilité primaire élevée, même en os de faible densité. "
            "Connexion conique interne."),
    product("Kit de forets chirurgicaux", "Osstem", "OST-DRILL-KIT", "8600.00", 3, "box",
            "Trousse complète de forets pilotes et de forets de mise en forme avec butées de profondeur. "
            "Plateau autoclavable.", threshold=2),
    product("Biomatériau Bio-Oss granules 0,25-1 mm (0,5 g)", "Geistlich", "GEI-BIOOSS-05", "1450.00",
            0, "box",
            "Substitut osseux d'origine bovine, ostéoconducteur, pour le comblement des alvéoles et des "
            "défauts osseux. Sa résorption lente préserve le volume du greffon."),
    product("Membrane résorbable Bio-Gide 25 × 25 mm", "Geistlich", "GEI-BIOGIDE-25", "1980.00", 14, "box",
            "Membrane de collagène à double couche pour la régénération osseuse guidée. Facile à manipuler "
            "et bien tolérée par les tissus."),
]

RADIOLOGY = [
    product("Capteur RVG 6200 taille 1", "Carestream", "CS-RVG6200", "48000.00", 3, "xray",
            "Capteur intra-oral haute résolution, connexion USB directe. Image diagnostique dès la première "
            "prise, avec une dose réduite.", threshold=2),
    product("Films intra-oraux Insight IP-21 (150)", "Carestream", "CS-INS-21", "1250.00", 22, "xray",
            "Films argentiques de sensibilité F pour radiographies rétroalvéolaires. Emballage étanche et "
            "languette d'ouverture facile."),
    product("Plaques phosphore PSPIX taille 2 (4)", "Acteon", "ACT-PSPIX-2", "2900.00", 8, "xray",
            "Plaques souples réutilisables pour le scanner PSPIX, aussi fines qu'un film. Confortables pour "
            "le patient et lues en quelques secondes."),
    product("Tablier de radioprotection 0,35 mm Pb adulte", "Mavig", "MAV-APRON-035", "3400.00", 10, "box",
            "Tablier plombé léger avec protège-thyroïde, pour les patients adultes. Housse lavable et "
            "désinfectable."),
]

PROSTHETICS = [
    product("Silicone Express XT Light Body (2 × 50 ml)", "3M", "3M-EXPXT-LB", "540.00", 26, "syringe",
            "Silicone d'empreinte fluide par addition, hydrophile, pour la précision des limites cervicales. "
            "Temps de prise en bouche de 2 minutes."),
    product("Alginate Hydrogum 5 (453 g)", "Zhermack", "ZH-HYDRO5", "160.00", 48, "box",
            "Alginate à prise rapide et haute stabilité dimensionnelle : l'empreinte peut être coulée "
            "jusqu'à cinq jours plus tard. Virage de couleur au début de la prise."),
    product("Ciment RelyX Unicem 2 Automix", "3M", "3M-RXU2", "1150.00", 13, "syringe",
            "Ciment résine auto-adhésif pour le scellement des couronnes, bridges et inlays, sans mordançage "
            "ni adhésif. Excès faciles à retirer après une brève photopolymérisation."),
    product("Résine provisoire Protemp 4 A2 (cartouche 50 ml)", "3M", "3M-PT4-A2", "980.00", 19, "crown",
            "Composite bis-acrylique pour couronnes et bridges provisoires, résistant et esthétique sans "
            "polissage. Faible dégagement de chaleur pendant la prise."),
    product("Disque de zircone IPS e.max ZirCAD Prime 98 mm", "Ivoclar", "IVO-ZIRCAD-98", "2650.00",
            10, "crown",
            "Disque de zircone multicouche à dégradé de teinte et de translucidité pour des restaurations "
            "monolithiques très esthétiques. Du simple élément au bridge de 14 éléments."),
]

PREVENTION = [
    product("Brosses à dents souples (lot de 12)", "Elmex", "ELM-BRS-12", "240.00", 70, "brush",
            "Brosses à petite tête et brins souples arrondis, recommandées pour le brossage quotidien des "
            "adultes et adolescents. À remettre aux patients après un détartrage."),
    product("Vernis fluoré Duraphat 50 mg/ml (10 ml)", "Colgate", "COL-DURA-10", "210.00", 33, "syringe",
            "Vernis à 22 600 ppm de fluor pour la prévention des caries et le traitement des "
            "hypersensibilités. Adhère à l'émail humide."),
    product("Scellant de sillons Clinpro (2 seringues)", "3M", "3M-CLINPRO", "520.00", 20, "syringe",
            "Scellant photopolymérisable qui change de couleur, du rose au blanc, lors de la polymérisation. "
            "Libère du fluor."),
    product("Brossettes interdentaires TePe Original (8)", "TePe", "TEPE-ORIG-8", "55.00", 140, "brush",
            "Brossettes à code couleur par diamètre, manche ergonomique et fil gainé. Pour le nettoyage des "
            "espaces interdentaires."),
    product("Révélateur de plaque Tri Plaque ID Gel (40 g)", "GC", "GC-TPID", "230.00", 28, "bottle",
            "Gel révélateur en trois couleurs qui distingue la plaque récente, la plaque mature et la plaque "
            "à risque cariogène. Un support pédagogique très parlant."),
    product("Pâte prophylactique Cleanic sans fluor (100 g)", "Kerr", "KER-CLEANIC", "175.00", 38, "box",
            "Pâte de polissage à la perlite qui nettoie puis polit à mesure que ses particules se "
            "fragmentent. Agréable goût menthe."),
]

CATEGORIES = [
    category("Instruments", "Instruments à main pour l'examen, le détartrage et la restauration : miroirs, "
             "sondes, curettes, précelles et spatules en acier inoxydable.", INSTRUMENTS),
    category("Consommables", "Composites, adhésifs, ciments, fraises et consommables du quotidien pour "
             "l'omnipratique.", CONSUMABLES),
    category("Équipement", "Détartreurs, turbines, contre-angles, lampes et appareils pour équiper le "
             "cabinet.", EQUIPMENT),
    category("Hygiène & Stérilisation", "Autoclaves, désinfectants, sachets et tout le nécessaire à la "
             "chaîne de stérilisation.", HYGIENE),
    category("Endodontie", "Limes, moteurs, irrigation et obturation canalaire.", ENDODONTICS),
    category("Orthodontie", "Brackets, arcs, ligatures et pinces d'orthodontie.", ORTHODONTICS),
    category("Implantologie", "Implants, biomatériaux, membranes et instruments de chirurgie "
             "implantaire.", IMPLANTOLOGY),
    category("Radiologie", "Capteurs numériques, plaques phosphore, films et radioprotection.", RADIOLOGY),
    category("Prothèse", "Empreintes, ciments de scellement, résines provisoires et zircone.", PROSTHETICS),
    category("Prévention", "Fluorures, scellants, brossage et hygiène bucco-dentaire.", PREVENTION),
]
