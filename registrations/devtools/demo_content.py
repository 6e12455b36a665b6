"""Invented demo content for local development.

Eighteen made-up registrations (kokeilija and vaikuttaja, in Finnish and Swedish) for filling a
development database. The municipalities are real, but every experiment, organisation, person,
e-mail address, phone number and figure here is invented. Plain data only: no Django, no logic.
"""

EXPERIMENTS = [
    {
        "role": "vaikuttaja",
        "call": "past",
        "language": "fi",
        "status": "accepted",
        "lead_municipality": "398",
        "lead_organisation": None,
        "municipalities": [],
        "partners": [],
        "topics": ["uudet-palveluinnovaatiot"],
        "other_topic": "",
        "title": "Ohjelmistorobotti ostolaskujen käsittelyssä",
        "idea": "",
        "goal": "",
        "customer_effect": "",
        "partnerships": "",
        "support_details": "",
        "support_wanted": [],
        "starts_on": None,
        "ends_on": None,
        "savings_eur_per_year": 148000,
        "reform": (
            "Otimme vuonna 2015 käyttöön ohjelmistorobotin, joka tarkastaa ja tiliöi "
            "ostolaskut. Robotti käsittelee nyt noin 70 % kaupungin ostolaskuista eli "
            "noin 90 000 laskua vuodessa."
        ),
        "changes": (
            "Ennen jokainen lasku kulki vähintään kahden ihmisen kautta. Nyt robotti "
            "vertaa laskua tilaukseen ja sopimushintaan ja tiliöi sen itse, jos "
            "tiedot täsmäävät; ihminen käsittelee vain poikkeukset. Robotti käyttää "
            "taloushallinnon järjestelmää samalla tavalla kuin ihminen, joten itse "
            "järjestelmää ei tarvinnut muuttaa."
        ),
        "savings_from_year": 2015,
        "savings_to_year": 2016,
        "savings_method": (
            "Vertasimme laskujen käsittelyyn käytettyä työaikaa: 7,5 henkilötyövuotta "
            "vuonna 2014 ja 4,5 vuonna 2016. Kolme henkilötyövuotta sivukuluineen on "
            "138 000 €, ja viivästyskorkoja maksettiin 22 000 € vähemmän. Tästä "
            "vähensimme robotin lisenssit ja ylläpidon, 12 000 € vuodessa."
        ),
        "other_results": (
            "Laskut maksetaan nyt keskimäärin neljä päivää aiemmin. Ketään ei "
            "irtisanottu: vapautunut työaika siirrettiin hankintojen tukeen, kun "
            "eläkkeelle jääneiden tilalle ei palkattu uusia. Ensimmäinen versio "
            "robotista pysähtyi jatkuvasti, koska tilausten tiedot olivat "
            "puutteellisia. Opimme, että ensin pitää korjata tilausprosessi ja vasta "
            "sitten automatisoida."
        ),
        "can_share": ["mentoring", "visits", "materials"],
        "sharing_details": (
            "Voimme näyttää robotin säännöt ja poikkeuslistan sekä kertoa, miten "
            "henkilöstö otettiin mukaan suunnitteluun. Opintokäynnistä "
            "taloushallintoon voi sopia suoraan yhteyshenkilön kanssa."
        ),
        "contact": {
            "name": "Tiina Laaksonen",
            "title": "talouspalvelujen kehittämispäällikkö",
            "email": "tiina.laaksonen@lahti.example",
            "phone": "040 718 2245",
            "language": "fi",
        },
    },
    {
        "role": "vaikuttaja",
        "call": "past",
        "language": "fi",
        "status": "accepted",
        "lead_municipality": "743",
        "lead_organisation": None,
        "municipalities": [],
        "partners": [],
        "topics": ["sahkoinen-paatoksenteko-ja-johtaminen"],
        "other_topic": "",
        "title": "Paperittomat kokoukset lautakunnissa ja valtuustossa",
        "idea": "",
        "goal": "",
        "customer_effect": "",
        "partnerships": "",
        "support_details": "",
        "support_wanted": [],
        "starts_on": None,
        "ends_on": None,
        "savings_eur_per_year": 61000,
        "reform": (
            "Luovuimme paperisista esityslistoista vuonna 2014. Kaikki 11 toimielintä "
            "ja noin 160 luottamushenkilöä lukevat ja kommentoivat kokousaineistoa "
            "tabletilla."
        ),
        "changes": (
            "Esityslista julkaistaan sähköisessä kokousjärjestelmässä viikkoa ennen "
            "kokousta, ja luottamushenkilö voi tehdä siihen omia merkintöjä. "
            "Pöytäkirjat tarkastetaan ja allekirjoitetaan sähköisesti. Kaikille "
            "luottamushenkilöille järjestettiin kaksi koulutusiltaa, ja ensimmäisissä "
            "kokouksissa paikalla oli tukihenkilö."
        ),
        "savings_from_year": 2014,
        "savings_to_year": 2016,
        "savings_method": (
            "Vertasimme vuoden 2013 kuluja vuosien 2015 ja 2016 keskiarvoon. Tulostus "
            "ja kopiointi vähenivät 38 000 €, postitus ja lähettipalvelut 29 000 € ja "
            "kokoussihteerien työ 0,4 henkilötyövuotta eli 18 000 €. Tableteista ja "
            "kokousjärjestelmästä tulee kuluja 24 000 € vuodessa, ja ne on "
            "vähennetty."
        ),
        "other_results": (
            "Kokousaineisto on nyt kaikkien saatavilla samaan aikaan, myös "
            "kuntalaisten verkossa. Osa luottamushenkilöistä tarvitsi tukea paljon "
            "pidempään kuin arvioimme, joten tukea kannattaa varata koko "
            "ensimmäiselle vuodelle."
        ),
        "can_share": ["mentoring", "materials"],
        "sharing_details": (
            "Jaamme luottamushenkilöiden ohjeet, koulutusmateriaalin ja "
            "kustannuslaskelman taulukkona."
        ),
        "contact": {
            "name": "Jari Heikkinen",
            "title": "hallintopalvelujen kehittämispäällikkö",
            "email": "jari.heikkinen@seinajoki.example",
            "phone": "044 512 3087",
            "language": "fi",
        },
    },
    {
        "role": "vaikuttaja",
        "call": "open",
        "language": "fi",
        "status": "accepted",
        "lead_municipality": "564",
        "lead_organisation": None,
        "municipalities": [],
        "partners": [],
        "topics": ["sahkoinen-asiointi", "kuntalaislahtoiset-palvelut"],
        "other_topic": "",
        "title": ("Yksi asiakaspalvelualusta: chat, ajanvaraus ja sähköiset lomakkeet"),
        "idea": "",
        "goal": "",
        "customer_effect": "",
        "partnerships": "",
        "support_details": "",
        "support_wanted": [],
        "starts_on": None,
        "ends_on": None,
        "savings_eur_per_year": 410000,
        "reform": (
            "Kokosimme vuonna 2022 kaupungin neuvonnan yhdelle "
            "asiakaspalvelualustalle. Samassa palvelussa ovat nyt chat, ajanvaraus ja "
            "46 sähköistä lomaketta, jotka olivat ennen eri järjestelmissä."
        ),
        "changes": (
            "Kuntalainen tunnistautuu kerran ja näkee kaikki asiansa yhdestä "
            "paikasta. Neuvoja näkee saman tiedon, joten asiakasta ei tarvitse "
            "siirtää puhelimessa toiselle. Lomakkeiden tiedot siirtyvät suoraan "
            "asianhallintaan, eikä niitä enää kirjoiteta käsin uudelleen."
        ),
        "savings_from_year": 2023,
        "savings_to_year": 2025,
        "savings_method": (
            "Puhelut neuvontaan vähenivät 212 000:sta 131 000:een vuodessa. Yhden "
            "puhelun hinta on 3,10 € (keskimäärin viisi minuuttia työaikaa "
            "sivukuluineen), joten säästö on 251 000 €. Lomakkeiden käsin "
            "tallentaminen loppui, mikä vapautti neljä henkilötyövuotta eli 184 000 "
            "€. Alusta maksaa 25 000 € vuodessa enemmän kuin vanhat järjestelmät "
            "yhteensä, ja se on vähennetty."
        ),
        "other_results": (
            "Asiakastyytyväisyys nousi asteikolla 1–5 arvosta 3,6 arvoon 4,2. Chat ei "
            "sopinut kaikille: yli 75-vuotiaiden puhelut eivät vähentyneet lainkaan, "
            "joten puhelinpalvelu pidettiin ennallaan."
        ),
        "can_share": ["mentoring", "visits", "materials", "open_data"],
        "sharing_details": (
            "Jaamme lomakepohjat ja hankinnan tarjouspyynnön. Palvelun käyttömäärät "
            "julkaistaan avoimena datana kuukausittain."
        ),
        "contact": {
            "name": "Mikko Rantanen",
            "title": "asiakaspalvelupäällikkö",
            "email": "mikko.rantanen@oulu.example",
            "phone": "050 433 9162",
            "language": "fi",
        },
    },
    {
        "role": "vaikuttaja",
        "call": "open",
        "language": "fi",
        "status": "accepted",
        "lead_municipality": "109",
        "lead_organisation": None,
        "municipalities": [],
        "partners": [],
        "topics": [
            "sahkoinen-paatoksenteko-ja-johtaminen",
            "kunnan-tuleva-rooli",
        ],
        "other_topic": "",
        "title": ("Tilojen käyttöaste näkyviin: tiedolla johtaminen tilasuunnittelussa"),
        "idea": "",
        "goal": "",
        "customer_effect": "",
        "partnerships": "",
        "support_details": "",
        "support_wanted": [],
        "starts_on": None,
        "ends_on": None,
        "savings_eur_per_year": 265000,
        "reform": (
            "Kokosimme vuosina 2021–2022 tilavaraukset, kulunvalvonnan ja "
            "käyttäjämäärää laskevien anturien tiedot yhteen raporttiin. Johtoryhmä "
            "ja lautakunnat näkevät nyt jokaisen rakennuksen todellisen käyttöasteen."
        ),
        "changes": (
            "Ennen tilapäätökset perustuivat arvioihin ja yksiköiden omiin "
            "ilmoituksiin. Nyt anturit laskevat, montako ihmistä tilassa on, ja "
            "raportti päivittyy joka yö. Näimme, että kahden vuokratun toimitilan "
            "käyttöaste oli alle 30 %, joten niiden toiminnot siirrettiin kaupungin "
            "omiin tiloihin."
        ),
        "savings_from_year": 2023,
        "savings_to_year": 2025,
        "savings_method": (
            "Säästö on kahden irtisanotun vuokrasopimuksen vuokra ja ylläpito vuoden "
            "2022 kirjanpidon mukaan, yhteensä 298 000 € vuodessa. Siitä on "
            "vähennetty anturien ja raportointipalvelun vuosikulut sekä muuttokulut "
            "viidelle vuodelle jaettuna, yhteensä 33 000 €."
        ),
        "other_results": (
            "Koulujen tilojen iltakäyttö kasvoi 18 %, kun vapaat vuorot näkyvät "
            "avoimessa varauskalenterissa. Henkilöstö pelkäsi aluksi, että antureilla "
            "valvotaan ihmisiä. Kerroimme avoimesti, että ne laskevat vain määrän "
            "eivätkä tunnista ketään."
        ),
        "can_share": ["mentoring", "materials", "open_data"],
        "sharing_details": (
            "Jaamme raportin rakenteen, anturien tarjouspyynnön ja rakennusten "
            "käyttöasteet avoimena datana."
        ),
        "contact": {
            "name": "Katja Nieminen",
            "title": "tiedolla johtamisen päällikkö",
            "email": "katja.nieminen@hameenlinna.example",
            "phone": "+358 40 625 1180",
            "language": "fi",
        },
    },
    {
        "role": "vaikuttaja",
        "call": "past",
        "language": "sv",
        "status": "accepted",
        "lead_municipality": "905",
        "lead_organisation": None,
        "municipalities": [],
        "partners": [],
        "topics": ["kunnan-tuleva-rooli", "muu"],
        "other_topic": "Personalens kompetensutveckling",
        "title": "Webbkurser för personalen i stället för utbildning i klassrum",
        "idea": "",
        "goal": "",
        "customer_effect": "",
        "partnerships": "",
        "support_details": "",
        "support_wanted": [],
        "starts_on": None,
        "ends_on": None,
        "savings_eur_per_year": 176000,
        "reform": (
            "Sedan 2015 går stadens anställda de obligatoriska utbildningarna i "
            "dataskydd, arbetarskydd och ekonomisystemet som webbkurser. År 2016 gick "
            "3 100 anställda sammanlagt 7 400 kurser på nätet."
        ),
        "changes": (
            "Tidigare hölls samma kurser som halvdagar i klassrum, och inom dagvården "
            "och äldreomsorgen behövdes vikarier. Nu går var och en kursen i egen "
            "takt på dator eller mobil, på svenska eller finska, och chefen ser i "
            "systemet vem som har gått den. Innehållet gjorde vi själva tillsammans "
            "med sakkunniga inom varje område."
        ),
        "savings_from_year": 2015,
        "savings_to_year": 2016,
        "savings_method": (
            "Vi jämförde 2014 med 2016. Vikariekostnaderna för utbildningsdagar "
            "minskade med 121 000 €, lokalhyror och servering med 14 000 € och "
            "utbildarnas arbetstid med 0,9 årsverken, det vill säga 52 000 €. Från "
            "detta drog vi av licensen för lärplattformen, 11 000 € per år."
        ),
        "other_results": (
            "Andelen anställda som har gått dataskyddskursen steg från 58 % till 94 "
            "%. Kurser som kräver praktisk övning, till exempel första hjälpen, "
            "fungerade inte på nätet och hålls fortfarande i klassrum."
        ),
        "can_share": ["mentoring", "materials"],
        "sharing_details": (
            "Vi delar gärna våra dataskyddskurser på båda språken och berättar hur vi "
            "byggde dem utan konsult."
        ),
        "contact": {
            "name": "Annika Sjöholm",
            "title": "personalutvecklare",
            "email": "annika.sjoholm@vasa.example",
            "phone": "040 866 3021",
            "language": "sv",
        },
    },
    {
        "role": "vaikuttaja",
        "call": "past",
        "language": "sv",
        "status": "accepted",
        "lead_municipality": "445",
        "lead_organisation": None,
        "municipalities": [],
        "partners": [],
        "topics": ["kuntalaislahtoiset-palvelut", "uudet-palveluinnovaatiot"],
        "other_topic": "",
        "title": "Meröppet bibliotek i skärgårdens filialer",
        "idea": "",
        "goal": "",
        "customer_effect": "",
        "partnerships": "",
        "support_details": "",
        "support_wanted": [],
        "starts_on": None,
        "ends_on": None,
        "savings_eur_per_year": 47000,
        "reform": (
            "Sedan 2015 är bibliotekets tre filialer i skärgården öppna också när "
            "ingen personal är på plats. Invånarna kommer in med bibliotekskortet och "
            "en pinkod och lånar själva."
        ),
        "changes": (
            "Vi installerade dörrlås som läser bibliotekskortet, automater för "
            "självbetjäning och kameraövervakning. Öppettiderna steg från 18 till 63 "
            "timmar i veckan per filial. Personalen är på plats två dagar i veckan "
            "och handleder då invånarna i e-tjänster och e-böcker."
        ),
        "savings_from_year": 2015,
        "savings_to_year": 2016,
        "savings_method": (
            "Jämfört med 2014 behövs 1,3 årsverken mindre för att hålla filialerna "
            "öppna, vilket är 54 000 € med lönebikostnader. Utrustningen kostade 36 "
            "000 € och fördelas på sju år, cirka 5 000 € per år, och underhållet "
            "kostar 2 000 € per år."
        ),
        "other_results": (
            "Utlåningen ökade med 22 %, och skolklasserna använder biblioteket "
            "utanför de gamla öppettiderna. Vi var rädda för skadegörelse, men under "
            "två år har vi haft en enda incident."
        ),
        "can_share": ["mentoring", "visits", "materials"],
        "sharing_details": (
            "Välkommen på studiebesök. Vi delar också våra regler för meröppet "
            "bibliotek och vår riskbedömning."
        ),
        "contact": {
            "name": "Malin Björkman",
            "title": "bibliotekschef",
            "email": "malin.bjorkman@pargas.example",
            "phone": "+358 50 377 4410",
            "language": "sv",
        },
    },
    {
        "role": "kokeilija",
        "call": "open",
        "language": "fi",
        "status": "accepted",
        "lead_municipality": None,
        "lead_organisation": {
            "name": "Keski-Suomen liitto",
            "kind": "regional_council",
            "region": "13",
            "business_id": "",
        },
        "municipalities": ["592", "495", "249", "312", "216"],
        "partners": [
            {
                "name": "Keski-Suomen hyvinvointialue",
                "kind": "wellbeing_county",
                "business_id": "",
            },
        ],
        "topics": ["kunnan-tuleva-rooli"],
        "other_topic": "",
        "title": "Digitiekartta viidelle pienelle kunnalle",
        "idea": (
            "Teemme viiden keskisuomalaisen kunnan kanssa jokaiselle kunnalle oman "
            "digitiekartan. Kunnat käyttävät samaa pohjaa, mutta jokainen valitsee "
            "omat tavoitteensa ja kolme ensimmäistä toimenpidettä aikatauluineen."
        ),
        "goal": (
            "Tavoite on, että kesäkuuhun 2027 mennessä jokaisella kunnalla on "
            "valtuuston hyväksymä tiekartta ja vähintään kaksi toimenpidettä on "
            "aloitettu. Mittaamme onnistumista myös esihenkilöille tehtävällä "
            "kyselyllä kokeilun alussa ja lopussa."
        ),
        "customer_effect": (
            "Kuntalaiset saavat sähköisiä palveluja käyttöön nopeammin, kun kunnat "
            "hankkivat niitä yhdessä eivätkä aloita joka kerta alusta."
        ),
        "partnerships": (
            "Liitto vetää työtä ja maksaa yhteisen fasilitaattorin, ja jokainen kunta "
            "nimeää yhden yhteyshenkilön. Hyvinvointialue on mukana niissä "
            "palveluissa, joissa asiakas asioi sekä kunnan että hyvinvointialueen "
            "kanssa."
        ),
        "support_details": (
            "Toivomme kummiksi kuntaa, jolla digitiekartta on jo käytössä. "
            "Tarvitsemme apua myös toimenpiteiden kustannusten arviointiin."
        ),
        "support_wanted": ["mentor", "experts", "peers"],
        "starts_on": "2026-09-01",
        "ends_on": "2027-12-31",
        "savings_eur_per_year": None,
        "reform": "",
        "changes": "",
        "savings_from_year": None,
        "savings_to_year": None,
        "savings_method": "",
        "other_results": "",
        "can_share": [],
        "sharing_details": "",
        "contact": {
            "name": "Heikki Lappalainen",
            "title": "kehittämispäällikkö",
            "email": "heikki.lappalainen@keskisuomi.example",
            "phone": "040 291 5536",
            "language": "fi",
        },
    },
    {
        "role": "kokeilija",
        "call": "open",
        "language": "fi",
        "status": "accepted",
        "lead_municipality": "609",
        "lead_organisation": None,
        "municipalities": [],
        "partners": [
            {
                "name": "Satakunnan hyvinvointialue",
                "kind": "wellbeing_county",
                "business_id": "",
            },
        ],
        "topics": ["sahkoinen-asiointi"],
        "other_topic": "",
        "title": "Neuvontabotti uudelleen: tällä kertaa vain kolme aihetta",
        "idea": (
            "Kokeilimme vuonna 2019 neuvontabottia, joka yritti vastata kaikkeen. Se "
            "ymmärsi vain noin 40 % kysymyksistä, asukkaat turhautuivat, ja lopetimme "
            "kokeilun puolen vuoden jälkeen. Nyt kokeilemme bottia vain kolmessa "
            "aiheessa, joista kysytään eniten: jätehuolto, pysäköinti ja "
            "varhaiskasvatukseen hakeminen."
        ),
        "goal": (
            "Tavoite on, että botti vastaa oikein vähintään 80 %:iin näiden aiheiden "
            "kysymyksistä ja että puhelut näistä aiheista vähenevät neljänneksellä. "
            "Luemme joka kuukausi 200 satunnaista keskustelua ja kirjaamme, oliko "
            "vastaus oikea."
        ),
        "customer_effect": (
            "Asukas saa vastauksen myös iltaisin ja viikonloppuisin. Jos botti ei "
            "tiedä vastausta, se sanoo sen suoraan ja kertoo neuvonnan puhelinnumeron "
            "ja aukioloajat."
        ),
        "partnerships": (
            "Ensimmäisestä kokeilusta opimme, että vastauksista pitää vastata niiden, "
            "jotka hoitavat asiaa työkseen. Siksi jätehuollon, pysäköinnin ja "
            "varhaiskasvatuksen työntekijät päivittävät vastaukset itse. "
            "Hyvinvointialueen kanssa sovimme, miten botti ohjaa sote-kysymykset "
            "oikeaan paikkaan."
        ),
        "support_details": (
            "Haluamme vertaistukea kunnilta, joilla botti on toiminut, ja apua "
            "keskustelujen arviointiin. Voimme itse kertoa muille, miksi ensimmäinen "
            "kokeilumme epäonnistui."
        ),
        "support_wanted": ["peers", "experts", "events"],
        "starts_on": "2026-08-17",
        "ends_on": "2027-06-30",
        "savings_eur_per_year": 35000,
        "reform": "",
        "changes": "",
        "savings_from_year": None,
        "savings_to_year": None,
        "savings_method": "",
        "other_results": "",
        "can_share": [],
        "sharing_details": "",
        "contact": {
            "name": "Outi Kärkkäinen",
            "title": "digikehittäjä",
            "email": "outi.karkkainen@pori.example",
            "phone": "044 701 2289",
            "language": "fi",
        },
    },
    {
        "role": "kokeilija",
        "call": "past",
        "language": "fi",
        "status": "accepted",
        "lead_municipality": "297",
        "lead_organisation": None,
        "municipalities": [],
        "partners": [
            {
                "name": "Itä-Suomen yliopisto",
                "kind": "education_research",
                "business_id": "",
            },
        ],
        "topics": [
            "sahkoinen-paatoksenteko-ja-johtaminen",
            "uudet-palveluinnovaatiot",
        ],
        "other_topic": "",
        "title": "Koulukuljetusten reitit uusiksi data-analytiikalla",
        "idea": (
            "Koulukuljetusten reitit on suunniteltu vuosia sitten, eikä niitä ole "
            "tarkistettu, vaikka oppilasmäärät ovat muuttuneet. Kokeilemme yliopiston "
            "kanssa, voiko reitit laskea uudelleen oppilaiden osoitteiden ja "
            "koulupäivien alkamis- ja päättymisaikojen avulla."
        ),
        "goal": (
            "Tavoitteena on vähentää ajettuja kilometrejä 10 % niin, ettei yhdenkään "
            "oppilaan matka-aika ylitä sallittua. Vertaamme syksyn 2018 kilometrejä "
            "ja kustannuksia syksyyn 2017."
        ),
        "customer_effect": (
            "Oppilaiden odotusajat koululla voivat lyhentyä, kun reitit sovitetaan "
            "koulupäivien alkamis- ja päättymisaikoihin."
        ),
        "partnerships": (
            "Yliopiston tutkijat ja opiskelijat tekevät laskentamallin osana "
            "opinnäytetyötä. Kuljetusyrittäjät kutsutaan mukaan jo suunnitteluun, "
            "koska muutokset vaikuttavat heidän sopimuksiinsa."
        ),
        "support_details": (
            "Tarvitsemme neuvoja tietosuojaan, kun oppilaiden osoitteita käytetään "
            "laskennassa. Haluamme myös tietää, onko joku muu kunta tehnyt saman."
        ),
        "support_wanted": ["experts", "peers"],
        "starts_on": "2017-09-01",
        "ends_on": "2018-12-31",
        "savings_eur_per_year": 120000,
        "reform": "",
        "changes": "",
        "savings_from_year": None,
        "savings_to_year": None,
        "savings_method": "",
        "other_results": "",
        "can_share": [],
        "sharing_details": "",
        "contact": {
            "name": "Petri Hyvönen",
            "title": "opetuspalvelujen kehittämispäällikkö",
            "email": "petri.hyvonen@kuopio.example",
            "phone": "050 318 7704",
            "language": "fi",
        },
    },
    {
        "role": "kokeilija",
        "call": "past",
        "language": "fi",
        "status": "accepted",
        "lead_municipality": "167",
        "lead_organisation": None,
        "municipalities": ["276", "426"],
        "partners": [
            {
                "name": "Vaara Hyvinvointiteknologia Oy",
                "kind": "company",
                "business_id": "",
            },
        ],
        "topics": ["uudet-palveluinnovaatiot", "kuntalaislahtoiset-palvelut"],
        "other_topic": "",
        "title": "Kotihoidon kuvapuhelukäynnit kolmessa kunnassa",
        "idea": (
            "Osa kotihoidon käynneistä on lyhyitä muistutuksia lääkkeistä tai "
            "ruokailusta. Kokeilemme, voiko osan näistä käynneistä hoitaa "
            "kuvapuheluna asiakkaan kotiin tuotavalla laitteella. Mukana on 60 "
            "asiakasta Joensuusta, Kontiolahdelta ja Liperistä."
        ),
        "goal": (
            "Tavoitteena on, että neljäsosa mukana olevien asiakkaiden käynneistä "
            "tehdään kuvapuheluna ja hoitajille jää enemmän aikaa pidempiin "
            "käynteihin. Seuraamme käyntien määrää ja ajettuja kilometrejä, ja "
            "haastattelemme asiakkaat alussa ja lopussa."
        ),
        "customer_effect": (
            "Asiakas saa yhteyden hoitajaan sovittuna aikana ilman odottelua. "
            "Kuvapuhelu ei korvaa käyntejä, joilla tarvitaan apua peseytymiseen tai "
            "lääkkeiden antamiseen."
        ),
        "partnerships": (
            "Laitteen ja palvelun toimittaa pohjoiskarjalainen teknologiayritys, joka "
            "muokkaa käyttöliittymää hoitajien ja asiakkaiden palautteen perusteella. "
            "Omaiset voivat halutessaan liittyä samaan puheluun."
        ),
        "support_details": (
            "Tarvitsemme apua säästöjen laskemiseen ja yhteyksiä kuntiin, jotka kokeilevat samaa."
        ),
        "support_wanted": ["experts", "peers", "funding"],
        "starts_on": "2017-10-02",
        "ends_on": "2019-03-29",
        "savings_eur_per_year": 95000,
        "reform": "",
        "changes": "",
        "savings_from_year": None,
        "savings_to_year": None,
        "savings_method": "",
        "other_results": "",
        "can_share": [],
        "sharing_details": "",
        "contact": {
            "name": "Minna Turunen",
            "title": "vanhuspalvelujen kehittämiskoordinaattori",
            "email": "minna.turunen@joensuu.example",
            "phone": "040 552 8613",
            "language": "fi",
        },
    },
    {
        "role": "kokeilija",
        "call": "open",
        "language": "fi",
        "status": "accepted",
        "lead_municipality": "405",
        "lead_organisation": None,
        "municipalities": [],
        "partners": [
            {
                "name": "Lappeenrannan seudun kyläyhdistykset ry",
                "kind": "association",
                "business_id": "",
            },
        ],
        "topics": ["osallistuminen-ja-vaikuttaminen"],
        "other_topic": "",
        "title": ("Osallistuva budjetointi: 150 000 euroa asukkaiden päätettäväksi"),
        "idea": (
            "Varaamme vuoden 2027 talousarviosta 150 000 euroa, jonka käytöstä kylien "
            "ja kaupunginosien asukkaat päättävät itse. Ideat kerätään ja äänestys "
            "järjestetään verkossa, mutta kirjastoissa ja kylätaloilla voi äänestää "
            "myös paperilla tai avustettuna."
        ),
        "goal": (
            "Tavoite on, että vähintään 8 % yli 12-vuotiaista asukkaista äänestää ja "
            "että äänestäjiä on kaikilta kuudelta alueelta. Seuraamme myös, kuinka "
            "moni voittanut ehdotus toteutuu aikataulussa."
        ),
        "customer_effect": (
            "Asukkaat näkevät, mihin heidän ehdotuksensa johti. Kaikki ehdotukset ja "
            "niiden kustannusarviot julkaistaan verkossa selkokielellä."
        ),
        "partnerships": (
            "Kyläyhdistykset keräävät ideoita kylissä ja auttavat äänestämisessä "
            "niitä, joille verkossa asiointi on vaikeaa. Nuorisovaltuusto "
            "suunnittelee viestinnän nuorille."
        ),
        "support_details": (
            "Haluamme kuulla kunnista, joissa osallistuva budjetointi on jo tehty, "
            "erityisesti siitä, miten äänestäjiä on saatu liikkeelle."
        ),
        "support_wanted": ["peers", "events", "mentor"],
        "starts_on": "2026-10-01",
        "ends_on": "2027-12-31",
        "savings_eur_per_year": None,
        "reform": "",
        "changes": "",
        "savings_from_year": None,
        "savings_to_year": None,
        "savings_method": "",
        "other_results": "",
        "can_share": [],
        "sharing_details": "",
        "contact": {
            "name": "Riikka Väisänen",
            "title": "osallisuuskoordinaattori",
            "email": "riikka.vaisanen@lappeenranta.example",
            "phone": "044 390 6172",
            "language": "fi",
        },
    },
    {
        "role": "kokeilija",
        "call": "open",
        "language": "fi",
        "status": "needs_changes",
        "lead_municipality": "740",
        "lead_organisation": None,
        "municipalities": [],
        "partners": [],
        "topics": ["uudet-palveluinnovaatiot", "kuntalaislahtoiset-palvelut"],
        "other_topic": "",
        "title": "Kielten etäopetus kyläkouluihin",
        "idea": (
            "Pienissä kyläkouluissa ei ole tarpeeksi oppilaita omaan saksan tai "
            "ranskan ryhmään. Kokeilemme, että keskustan koulun opettaja opettaa "
            "samaan aikaan neljän kyläkoulun oppilaita etäyhteydellä."
        ),
        "goal": (
            "Tavoite on, että kyläkoulujen oppilailla on sama mahdollisuus valita "
            "vapaaehtoinen kieli kuin keskustan oppilailla. Onnistumista seurataan "
            "oppilaiden ja opettajien kokemusten perusteella."
        ),
        "customer_effect": "Oppilaiden ei tarvitse matkustaa keskustaan kielitunneille.",
        "partnerships": (
            "Mietimme vielä, teemmekö yhteistyötä yliopiston tai jonkin toisen kunnan kanssa."
        ),
        "support_details": "Tarvitsemme rahoitusta laitteisiin ja opettajien koulutukseen.",
        "support_wanted": ["funding", "experts"],
        "starts_on": "2026-08-10",
        "ends_on": "2028-05-31",
        "savings_eur_per_year": None,
        "reform": "",
        "changes": "",
        "savings_from_year": None,
        "savings_to_year": None,
        "savings_method": "",
        "other_results": "",
        "can_share": [],
        "sharing_details": "",
        "contact": {
            "name": "Antti Salonen",
            "title": "opetuspalvelujen suunnittelija",
            "email": "antti.salonen@savonlinna.example",
            "phone": "050 481 2936",
            "language": "fi",
        },
    },
    {
        "role": "kokeilija",
        "call": "open",
        "language": "fi",
        "status": "rejected",
        "lead_municipality": "240",
        "lead_organisation": None,
        "municipalities": [],
        "partners": [],
        "topics": ["uudet-palveluinnovaatiot"],
        "other_topic": "",
        "title": "Tabletit kaikille alakoulun oppilaille",
        "idea": (
            "Hankimme jokaiselle 1.–6.-luokan oppilaalle oman tabletin. Näin kaikilla "
            "oppilailla on samat mahdollisuudet käyttää digitaalisia "
            "oppimateriaaleja."
        ),
        "goal": (
            "Tavoite on, että kaikilla 1 050 oppilaalla on oma laite syyslukukauden "
            "2026 alkuun mennessä."
        ),
        "customer_effect": "Oppilaat voivat tehdä tehtäviä myös kotona.",
        "partnerships": "Laitteet hankitaan kilpailuttamalla.",
        "support_details": "Haemme rahoitusta laitehankintaan.",
        "support_wanted": ["funding"],
        "starts_on": "2026-08-01",
        "ends_on": "2027-05-31",
        "savings_eur_per_year": None,
        "reform": "",
        "changes": "",
        "savings_from_year": None,
        "savings_to_year": None,
        "savings_method": "",
        "other_results": "",
        "can_share": [],
        "sharing_details": "",
        "contact": {
            "name": "Juha Kokkonen",
            "title": "tietohallintopäällikkö",
            "email": "juha.kokkonen@kemi.example",
            "phone": "040 633 0418",
            "language": "fi",
        },
    },
    {
        "role": "kokeilija",
        "call": "open",
        "language": "fi",
        "status": "submitted",
        "lead_municipality": "106",
        "lead_organisation": None,
        "municipalities": [],
        "partners": [
            {
                "name": "Ohjelmistotalo Kide Oy",
                "kind": "company",
                "business_id": "",
            },
        ],
        "topics": ["muu"],
        "other_topic": "Sisäiset tietojärjestelmät ja sopimusten hallinta",
        "title": ("Kaikki sopimukset yhteen järjestelmään ja muistutukset automaattisiksi"),
        "idea": (
            "Kaupungin noin 1 400 voimassa olevaa sopimusta on tallennettu eri "
            "kansioihin ja taulukoihin. Kokeilemme sopimusten hallintaan tehtyä "
            "järjestelmää, joka muistuttaa vastuuhenkilöä hyvissä ajoin ennen "
            "irtisanomisajan päättymistä."
        ),
        "goal": (
            "Tavoite on, että vuoden 2027 loppuun mennessä kaikki voimassa olevat "
            "sopimukset ovat järjestelmässä eikä yksikään sopimus jatku vahingossa. "
            "Mittaamme myös, kuinka nopeasti sopimus löytyy, kun tilintarkastaja tai "
            "kuntalainen pyytää sitä."
        ),
        "customer_effect": (
            "Vaikutus kuntalaisiin on välillinen: tietopyyntöihin vastataan "
            "nopeammin, eikä rahaa kulu tarpeettomiin sopimuksiin."
        ),
        "partnerships": (
            "Kokeilemme järjestelmää yhdessä kotimaisen ohjelmistoyrityksen kanssa. "
            "Yritys saa kokemuksemme tuotekehityksen tueksi, ja kaupunki maksaa vain "
            "kokeilun ajalta."
        ),
        "support_details": (
            "Tarvitsemme asiantuntija-apua sopimustietojen luokitteluun ja haluamme "
            "kuulla, onko joku kunta tehnyt saman."
        ),
        "support_wanted": ["experts", "peers"],
        "starts_on": "2026-09-01",
        "ends_on": "2027-12-31",
        "savings_eur_per_year": 60000,
        "reform": "",
        "changes": "",
        "savings_from_year": None,
        "savings_to_year": None,
        "savings_method": "",
        "other_results": "",
        "can_share": [],
        "sharing_details": "",
        "contact": {
            "name": "Sanna Mäkelä",
            "title": "hankintapäällikkö",
            "email": "sanna.makela@hyvinkaa.example",
            "phone": "040 174 3359",
            "language": "fi",
        },
    },
    {
        "role": "kokeilija",
        "call": "open",
        "language": "sv",
        "status": "submitted",
        "lead_municipality": "638",
        "lead_organisation": None,
        "municipalities": [],
        "partners": [],
        "topics": [
            "sahkoinen-paatoksenteko-ja-johtaminen",
            "osallistuminen-ja-vaikuttaminen",
        ],
        "other_topic": "",
        "title": "Elektronisk omröstning och snabbare protokoll i nämnderna",
        "idea": (
            "Nämnderna och fullmäktige har länge haft elektroniska möteshandlingar, "
            "men omröstningarna görs fortfarande för hand och protokollet blir "
            "färdigt först efter en vecka. Vi vill pröva att ledamöterna röstar på "
            "surfplattan och att resultatet syns genast i direktsändningen från "
            "fullmäktige."
        ),
        "goal": (
            "Målet är att protokollen är justerade och publicerade inom två "
            "arbetsdagar i stället för sju. Vi mäter tiden från möte till publicerat "
            "protokoll och antalet tittare på direktsändningarna före och under "
            "försöket."
        ),
        "customer_effect": (
            "Invånarna ser genast hur varje ledamot har röstat och får besluten "
            "snabbare, på både svenska och finska."
        ),
        "partnerships": (
            "Vi samarbetar med leverantören av vårt ärendehanteringssystem. En kommun "
            "som redan röstar elektroniskt har lovat att berätta om sina "
            "erfarenheter."
        ),
        "support_details": (
            "Vi önskar en fadderkommun och hjälp med juridiska frågor kring "
            "elektronisk omröstning och justering av protokoll."
        ),
        "support_wanted": ["mentor", "experts"],
        "starts_on": "2026-09-01",
        "ends_on": "2027-08-31",
        "savings_eur_per_year": 12000,
        "reform": "",
        "changes": "",
        "savings_from_year": None,
        "savings_to_year": None,
        "savings_method": "",
        "other_results": "",
        "can_share": [],
        "sharing_details": "",
        "contact": {
            "name": "Johan Lindqvist",
            "title": "utvecklingschef",
            "email": "johan.lindqvist@borga.example",
            "phone": "044 278 5530",
            "language": "sv",
        },
    },
    {
        "role": "kokeilija",
        "call": "open",
        "language": "sv",
        "status": "accepted",
        "lead_municipality": "598",
        "lead_organisation": None,
        "municipalities": ["599", "440", "893"],
        "partners": [
            {
                "name": "Yrkeshögskolan Novia",
                "kind": "education_research",
                "business_id": "",
            },
        ],
        "topics": ["uudet-palveluinnovaatiot", "kunnan-tuleva-rooli"],
        "other_topic": "",
        "title": ("En gemensam mjukvarurobot för ekonomiförvaltningen i Jakobstadsregionen"),
        "idea": (
            "Jakobstad, Pedersöre, Larsmo och Nykarleby sköter reskontra och "
            "leverantörsfakturor var för sig men i samma ekonomisystem. Vi prövar en "
            "gemensam mjukvarurobot som matchar inbetalningar och granskar fakturor i "
            "alla fyra kommuner."
        ),
        "goal": (
            "Målet är att roboten efter sex månader sköter minst 60 % av matchningen "
            "av inbetalningar. Vi mäter hur många ärenden roboten klarar utan "
            "människa, hur ofta den gör fel och hur mycket arbetstid som går åt per "
            "månad jämfört med hösten 2026."
        ),
        "customer_effect": (
            "Företag och invånare får snabbare rätt besked om sina betalningar, och "
            "påminnelser skickas inte längre av misstag till dem som redan har "
            "betalat."
        ),
        "partnerships": (
            "Kommunerna delar på licensen och på en robotutvecklare som Jakobstad "
            "anställer. Studerande från yrkeshögskolan hjälper till att beskriva "
            "arbetsmomenten innan de automatiseras."
        ),
        "support_details": (
            "Vi vill träffa kommuner som redan använder robotik i "
            "ekonomiförvaltningen och få råd om hur kostnaderna kan delas rättvist "
            "mellan kommunerna."
        ),
        "support_wanted": ["peers", "experts", "events"],
        "starts_on": "2026-10-01",
        "ends_on": "2027-09-30",
        "savings_eur_per_year": 85000,
        "reform": "",
        "changes": "",
        "savings_from_year": None,
        "savings_to_year": None,
        "savings_method": "",
        "other_results": "",
        "can_share": [],
        "sharing_details": "",
        "contact": {
            "name": "Mikael Strandberg",
            "title": "ekonomichef",
            "email": "mikael.strandberg@jakobstad.example",
            "phone": "050 369 2241",
            "language": "sv",
        },
    },
    {
        "role": "kokeilija",
        "call": "open",
        "language": "sv",
        "status": "accepted",
        "lead_municipality": "478",
        "lead_organisation": None,
        "municipalities": [],
        "partners": [
            {
                "name": "Skärgårdsteknik Ab",
                "kind": "company",
                "business_id": "",
            },
            {
                "name": "Föreningen Hemma på Åland r.f.",
                "kind": "association",
                "business_id": "",
            },
        ],
        "topics": ["kuntalaislahtoiset-palvelut", "uudet-palveluinnovaatiot"],
        "other_topic": "",
        "title": "Kvällsbesök via video i hemtjänsten – ett nytt försök",
        "idea": (
            "År 2018 delade vi ut surfplattor till 25 klienter i hemtjänsten för "
            "videosamtal. Försöket misslyckades: plattorna var för svåra att använda, "
            "uppkopplingen bröts ofta och efter tre månader användes bara fyra av "
            "dem. Nu prövar vi en enkel skärm som själv startar samtalet vid en "
            "avtalad tid, och vi börjar med kvällsbesöken, som ofta bara gäller en "
            "påminnelse om medicinen och en kort pratstund."
        ),
        "goal": (
            "Målet är att 30 klienter har minst ett kvällsbesök om dagen via video "
            "och att minst 80 % av samtalen fungerar tekniskt. Vi följer upp antalet "
            "besök och körda kilometer och frågar klienterna och deras anhöriga efter "
            "tre och efter nio månader."
        ),
        "customer_effect": (
            "Klienten får kontakt vid en bestämd tid utan att behöva trycka på någon "
            "knapp. Den som vill ha fysiska besök får ha det, och ingen tvingas delta "
            "i försöket."
        ),
        "partnerships": (
            "Den här gången väljer hemvårdarna utrustningen tillsammans med oss, "
            "vilket de inte fick göra 2018. Ett åländskt teknikföretag levererar "
            "skärmarna, och en förening för anhöriga hjälper oss att nå familjerna."
        ),
        "support_details": (
            "Vi berättar gärna för andra varför försöket 2018 misslyckades. Vi vill "
            "själva komma i kontakt med kommuner som har lyckats med distansbesök."
        ),
        "support_wanted": ["peers", "mentor"],
        "starts_on": "2026-09-14",
        "ends_on": "2027-12-17",
        "savings_eur_per_year": 40000,
        "reform": "",
        "changes": "",
        "savings_from_year": None,
        "savings_to_year": None,
        "savings_method": "",
        "other_results": "",
        "can_share": [],
        "sharing_details": "",
        "contact": {
            "name": "Camilla Nyberg",
            "title": "utvecklingsledare inom äldreomsorgen",
            "email": "camilla.nyberg@mariehamn.example",
            "phone": "+358 40 712 6684",
            "language": "sv",
        },
    },
    {
        "role": "kokeilija",
        "call": "past",
        "language": "sv",
        "status": "accepted",
        "lead_municipality": "710",
        "lead_organisation": None,
        "municipalities": ["149", "078"],
        "partners": [],
        "topics": ["sahkoinen-asiointi", "kuntalaislahtoiset-palvelut"],
        "other_topic": "",
        "title": ("Kundtjänst via video i bybiblioteken i Raseborg, Ingå och Hangö"),
        "idea": (
            "Många invånare i byarna har lång väg till kommunens kundtjänst. Vi "
            "prövar videoförbindelse till kundtjänsten från sex bybibliotek, där "
            "invånaren kan sköta sina ärenden med en kundrådgivare på svenska eller "
            "finska."
        ),
        "goal": (
            "Målet är 150 ärenden i månaden via video efter det första halvåret och "
            "att minst 80 % av användarna vill använda tjänsten igen. Vi mäter "
            "antalet ärenden, väntetiderna och hur långt invånarna annars skulle ha "
            "rest."
        ),
        "customer_effect": (
            "Invånarna slipper resa till centrum och kan samtidigt få hjälp med "
            "e-tjänsterna av bibliotekspersonalen på plats."
        ),
        "partnerships": (
            "De tre kommunerna samarbetar redan kring biblioteken och delar nu också "
            "på kundrådgivarna. Pensionärsföreningarna hjälper till att sprida "
            "information och testa tjänsten."
        ),
        "support_details": (
            "Vi vill veta hur andra kommuner har löst tidsbokning och identifiering "
            "när ärenden sköts via video."
        ),
        "support_wanted": ["peers", "experts", "events"],
        "starts_on": "2017-08-14",
        "ends_on": "2019-05-31",
        "savings_eur_per_year": 30000,
        "reform": "",
        "changes": "",
        "savings_from_year": None,
        "savings_to_year": None,
        "savings_method": "",
        "other_results": "",
        "can_share": [],
        "sharing_details": "",
        "contact": {
            "name": "Fredrik Holmström",
            "title": "kundtjänstchef",
            "email": "fredrik.holmstrom@raseborg.example",
            "phone": "044 289 3312",
            "language": "sv",
        },
    },
]
