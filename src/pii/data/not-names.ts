/**
 * Dutch places (every municipality, and towns, provinces, regions, islands; not those that are also listed names,
 * such as Helder, Bergen, Weert, Horst, nor those that are everyday words, such as Buren, Huizen). Lowercase. On their own they are not
 * person names; after a first name or initials, or after a particle in a name, they are surnames named after
 * the place ("Dirk Hoogeveen", "Jan van Amersfoort").
 */
export const PLACES = `
amsterdam rotterdam utrecht eindhoven tilburg groningen almere breda nijmegen apeldoorn arnhem haarlem enschede
haarlemmermeer amersfoort zaanstad zaandam hertogenbosch zwolle zoetermeer leiden leeuwarden maastricht dordrecht
ede alphen westland alkmaar emmen delft venlo deventer sittard helmond oss amstelveen hilversum heerlen
nissewaard hengelo purmerend schiedam lelystad roosendaal leidschendam voorburg gouda vlaardingen hoorn
almelo spijkenisse assen velsen veenendaal katwijk capelle zoom veldhoven gorinchem hoogeveen
haag hague gravenhage noord zuid oost west holland brabant limburg zeeland friesland fryslân drenthe overijssel
gelderland flevoland twente veluwe randstad achterhoek betuwe texel terschelling ameland schiermonnikoog vlieland
heerhugowaard schagen enkhuizen medemblik edam volendam wormerveer beverwijk castricum uitgeest bloemendaal
zandvoort heemstede hillegom noordwijk oegstgeest wassenaar voorschoten leiderdorp zoeterwoude bodegraven
woerden waddinxveen zuidplas krimpen ridderkerk barendrecht albrandswaard hellevoetsluis brielle westvoorne
maassluis rijswijk pijnacker nootdorp lansingerland naaldwijk wateringen zwijndrecht papendrecht sliedrecht
leerdam vianen nieuwegein houten zeist bunnik driebergen rhenen wageningen renkum rheden doesburg zevenaar
westervoort wijchen beuningen druten tiel culemborg geldermalsen zaltbommel maasdriel vught boxtel oisterwijk
goirle hilvarenbeek oosterhout etten-leur woensdrecht halderberge moerdijk waalwijk heusden kaatsheuvel
geldrop nuenen deurne someren roermond venray gennep boxmeer cuijk uden veghel bernheze meierijstad
sint-michielsgestel kerkrade landgraaf brunssum geleen valkenburg meerssen eijsden gulpen vaals middelburg
vlissingen terneuzen hulst zierikzee tholen reimerswaal veere goes kampen epe heerde hattem elburg harderwijk
ermelo nijkerk barneveld scherpenzeel soest baarn bunschoten leusden woudenberg blaricum bussum naarden weesp
dronten zeewolde urk emmeloord noordoostpolder steenwijk meppel coevorden beilen westerveld tynaarlo delfzijl
appingedam veendam winschoten stadskanaal hoogezand sneek heerenveen drachten harlingen franeker dokkum joure
bolsward oldenzaal losser haaksbergen rijssen holten nijverdal hardenberg ommen dalfsen raalte olst wijhe
zutphen lochem doetinchem winterswijk aalten berkelland montferland
annen baflo badhoevedorp
wâlden fryske noardlike súdwest-fryslân noardeast-fryslân opsterlân tytsjerksteradiel achtkarspelen smallingerland ooststellingwerf weststellingwerf waadhoeke dantumadiel
aalsmeer alblasserdam alphen-chaam altena baarle-nassau beekdaelen bergeijk bladel bodegraven-reeuwijk boekel
borger-odoorn borne borsele bronckhorst brummen cranendonck diemen dinkelland dongen drechterland drimmelen
echt-susteren edam-volendam eemnes eemsdelta eersel eijsden-margraten geertruidenberg geldrop-mierlo gemert-bakel
gulpen-wittem hardinxveld-giessendam heeze-leende heiloo hellendoorn hendrik-ido-ambacht heumen ijsselstein kapelle
koggenland krimpenerwaard laarbeek landsmeer leidschendam-voorburg leudal lingewaard lopik maasgouw maashorst
midden-delfland midden-drenthe midden-groningen molenlanden montfoort mook neder-betuwe nederweert nieuwkoop
noardeast-fryslan noord-beveland noordenveld nunspeet oirschot oldambt oldebroek olst-wijhe oostzaan opmeer
opsterland ouder-amstel oudewater overbetuwe pijnacker-nootdorp renswoude rijssen-holten roerdalen rucphen
schouwen-duiveland simpelveld sittard-geleen staphorst steenwijkerland sudwest-fryslan teylingen tubbergen
twenterand uithoorn valkenswaard vijfheerenlanden voerendaal voorst waalre waterland westerkwartier westerwolde wierden
wijdemeren wormerland zundert zwartewaterland
sint-gillis-waas sint-niklaas knokke-heist hamont-achel baarle-hertog maasmechelen kalmthout hoogstraten zelzate assenede stekene
jugendamt landkreis kreis grafschaft
`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Places of more than one word whose words read as a name on their own ("Den Helder", "Ter Apel", "Bergen op
 * Zoom", "Alphen aan den Rijn"): the person finder passes over them whole. As written (capitalised).
 */
export const PLACE_PHRASES = [
  'Den Helder', 'Den Haag', 'Den Bosch', 'Den Burg', 'Den Dolder', 'Den Hoorn', 'Den Ham', 'De Bilt', 'De Meern',
  'De Lier', 'De Rijp', 'De Koog', 'De Wijk', 'De Lutte', 'De Lemmer', 'Ter Apel', 'Ten Boer', 'Ter Aar', 'Ter Heijde',
  'Bergen op Zoom', 'Loon op Zand', 'Hoek van Holland', 'Berg en Dal', 'Sas van Gent', 'Wijk bij Duurstede',
  'Alphen aan den Rijn', 'Koudekerk aan den Rijn', 'Capelle aan den IJssel', 'Krimpen aan den IJssel',
  'Nieuwerkerk aan den IJssel', 'Ouderkerk aan de Amstel', 'Koog aan de Zaan', 'Wijk aan Zee', 'Egmond aan Zee',
  'Bergen aan Zee', 'Katwijk aan Zee', 'Noordwijk aan Zee', 'Castricum aan Zee', 'De Ronde Venen', 'De Wolden',
  'De Fryske Marren', 'Het Hogeland', 'Almere Haven', 'Almere Buiten', 'Almere Stad', 'Almere Poort', 'Almere Hout', 'Horst aan de Maas', 'Peel en Maas', 'Gilze en Rijen', 'Son en Breugel', 'Kaag en Braassem', 'West Maas en Waal', 'Dijk en Waard', 'Voorne aan Zee', 'Hof van Twente', 'Land van Cuijk', 'Stede Broec', 'Oost Gelre', 'Huis ter Heide',
];

/**
 * Capitalised words that are not person names even where a name list has them (the places above, months,
 * days, countries, institutions, laws, brands). Lowercase. Hand-written; extend when the evaluation shows a
 * false positive.
 */
export const NOT_NAMES = [...PLACES, ...`
den
januari februari maart april mei juni juli augustus september oktober november december
feb mrt apr jun jul aug sep sept okt nov dec
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
monday tuesday wednesday thursday friday saturday sunday january february march june july august october
nederland netherlands holland belgië belgium duitsland germany frankrijk france marokko morocco turkije turkey
suriname curaçao aruba bonaire polen poland roemenië bulgarije syrië syria eritrea somalië somalia afghanistan
irak iran oekraïne ukraine rusland spanje italië portugal griekenland engeland england europa europe afrika azië amerika
british english scottish irish welsh american canadian australian
nederlands nederlandse nederlander nederlanders marokkaans marokkaanse turks turkse surinaams surinaamse pools poolse
roemeens bulgaars hongaars tsjechisch slowaaks litouws lets ests eritrees somalisch syrisch afghaans iraans irakees
roemeense bulgaarse hongaarse antilliaanse eritrese somalische syrische afghaanse oekraïense
friese groninger groningse drentse twentse zeeuwse brabantse limburgse
gelderse hollandse utrechtse overijsselse flevolandse achterhoekse veluwse
crooswijk goeree-overflakkee rouveen
engels frans duits pools turks arabisch berbers tamazight spaans italiaans portugees russisch oekraïens tigrinya somalisch koerdisch farsi dari papiaments sranantongo sarnami javaans chinees mandarijn kantonees vietnamees hindi urdu fries english dutch
gemeente gemeenteraad college raad burgemeester wethouder wethouders griffie griffier rijksoverheid overheid provincie
staten rijk ministerie minister staatssecretaris kamer tweede eerste kabinet koningin prinses majesteit
wmo awb avg bsn brp kvk uwv svb cak ggd duo cjg ind coa bibob woz wob woo wet wetboek jeugdwet participatiewet
omgevingswet bijstand toeslagen belastingdienst zorgverzekeraar zorgkantoor veilig thuis wijkteam sociaal team
burgerzaken handhaving parkeerbeheer bedrijfsnaam bbz ioaw ioaz tozo iban bic dob kimlik
geslachtsnaam geboortenaam
personalia aangever aangeefster verzoeker verzoekster indiener indienster belanghebbende ondertekening toelichting
rechtbank hoge centrale beroep state ombudsman politie brandweer ggz huisarts ziekenhuis umc apotheek
god allah jezus christus kerst kerstmis pasen pinksteren ramadan suikerfeest offerfeest koningsdag bevrijdingsdag
google microsoft openai chatgpt copilot teams outlook word excel whatsapp facebook instagram linkedin twitter youtube
heijn jumbo lidl aldi action hema ing rabobank abn amro sns asn triodos eneco vattenfall essent ns gvb ret htm
arriva connexxion vitens ziggo kpn vodafone odido ikea bol coolblue postnl dhl ups tnt
philips asml heineken unilever adyen quick
volvo skoda opel toyota peugeot mazda suzuki renault citroën fiat kia hyundai nissan tesla dacia audi mercedes bmw porsche
asmara willemstad tanger sie
georgia odessa paris parijs salem hongkong kong sierra leone kaapverdië
astra corsa clio yaris aygo picanto fiesta megane octavia fabia passat touran qashqai
kruidvat etos blokker xenos zeeman wibra gamma karwei intertoys bruna primera specsavers pearle
betreft onderwerp datum bijlage bijlagen kenmerk uw ons ref geachte beste hallo mevrouw meneer heer dhr mw familie
straat laan weg plein gracht kade singel dreef park centrum station stadhuis stadskantoor
`
  .split(/\s+/)
  .filter(Boolean)];

/**
 * Names of things that begin with a common first name, which therefore cannot be a not-name on its own:
 * "Albert Heijn" is a supermarket, Albert a first name.
 */
export const NOT_NAME_PHRASES = ['albert heijn', 'hans anders'];

/**
 * Shops and firms in NOT_NAMES named after their founders, whose names are common surnames: like places, they are
 * surnames in a name ("C. Blokker", "Fred Zeeman", "mevrouw Bruna"), and not names on their own. Lowercase.
 */
export const BRANDS_ALSO_SURNAMES = ['blokker', 'zeeman', 'bruna', 'philips', 'bol', 'heineken'];

/**
 * Names that are also inflected Dutch words: adjectives with their -e ("Grote Kerk", "Lange Nieuwstraat"), plurals
 * ("Broers", "Vogels"), verb forms ("Bent"). The dictionary check in build-names.ts knows only stems ("groot"), so
 * these come out as plain names; like the names it finds, they need evidence (a first name, initials, a title, a
 * particle, mid-sentence). Lowercase.
 */
export const NAMES_ALSO_INFLECTED_WORDS = `
grote kleine lange korte lieve rode knappe zoete wilde ware wrede elke anders broers broeders voeten vleugels zoons
slangen kasten bekers appels enkels meesters wachters schutters rovers bruggen engelen kent bent vogels nagels vissers nette beugels
`
  .split(/\s+/)
  .filter(Boolean);
