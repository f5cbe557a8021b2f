<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq_AL" sourcelanguage="en">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust points</source>
        <translation>Korrigjo pikët</translation>
    </message>
    <message>
        <source>Adjust the points of card {card}</source>
        <translation>Korrigjo pikët e kartës {card}</translation>
    </message>
    <message>
        <source>e.g. 50 or -12.5</source>
        <translation>p.sh. 50 ose -12.5</translation>
    </message>
    <message>
        <source>Why (kept in the audit trail)</source>
        <translation>Pse (ruhet në regjistrin e auditimit)</translation>
    </message>
    <message>
        <source>Points (+ add, − take)</source>
        <translation>Pikë (+ shto, − hiq)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Arsyeja</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN-i i menaxherit</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Anulo (Esc)</translation>
    </message>
    <message>
        <source>Adjust (Enter)</source>
        <translation>Korrigjo (Enter)</translation>
    </message>
    <message>
        <source>Type the points to add, or a minus sign and the points to take.</source>
        <translation>Shkruani pikët për të shtuar, ose një minus dhe pikët për të hequr.</translation>
    </message>
    <message>
        <source>Say why the points change.</source>
        <translation>Thoni pse ndryshojnë pikët.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Po kontrollohet…</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Miratimi i menaxherit</translation>
    </message>
    <message>
        <source>Manager PIN to approve:</source>
        <translation>PIN-i i menaxherit për miratim:</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Anulo (Esc)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Po kontrollohet…</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Audit trail</source>
        <translation>Regjistri i auditimit</translation>
    </message>
    <message>
        <source>Newest first. Entries are never changed or removed.</source>
        <translation>Më të rejat së pari. Shënimet nuk ndryshohen e nuk fshihen kurrë.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Rifresko</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kush</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Çfarë</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Hollësi</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Miratuar nga</translation>
    </message>
</context>
<context>
    <name>CardStatus</name>
    <message>
        <source>blocked</source>
        <translation>e bllokuar</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>e zëvendësuar</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>Item</source>
        <translation>Artikulli</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Sasia</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Çmimi</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Zbritja</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totali</translation>
    </message>
</context>
<context>
    <name>CheckoutBridge</name>
    <message>
        <source>Please wait: the last sale is still being saved.</source>
        <translation>Prisni: shitja e fundit po ruhet ende.</translation>
    </message>
    <message>
        <source>No sale is open: log in and open a shift.</source>
        <translation>Nuk ka shitje të hapur: hyni dhe hapni një turn.</translation>
    </message>
    <message>
        <source>Sale parked: {label}</source>
        <translation>Shitja u la në pritje: {label}</translation>
    </message>
    <message>
        <source>Park or finish the sale in progress first.</source>
        <translation>Fillimisht lëreni në pritje ose përfundoni shitjen në vazhdim.</translation>
    </message>
    <message>
        <source>No longer sold, left out: {names}</source>
        <translation>Nuk shiten më, u lanë jashtë: {names}</translation>
    </message>
</context>
<context>
    <name>DeviceBridge</name>
    <message>
        <source>Scanner: keyboard wedge</source>
        <translation>Skaneri: përmes tastierës</translation>
    </message>
    <message>
        <source>Scanner: typed codes only</source>
        <translation>Skaneri: vetëm kode të shtypura</translation>
    </message>
    <message>
        <source>Scanner: ready</source>
        <translation>Skaneri: gati</translation>
    </message>
    <message>
        <source>Scanner: {name} not connected</source>
        <translation>Skaneri: {name} nuk është i lidhur</translation>
    </message>
    <message>
        <source>Scanner: {name} starting</source>
        <translation>Skaneri: {name} po niset</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>amount in {got} where {expected} is expected</source>
        <translation>shuma në {got} ku pritet {expected}</translation>
    </message>
    <message>
        <source>no product has barcode {code}</source>
        <translation>asnjë artikull nuk ka barkodin {code}</translation>
    </message>
    <message>
        <source>barcode {code} cannot be read: {reason}</source>
        <translation>barkodi {code} nuk mund të lexohet: {reason}</translation>
    </message>
    <message>
        <source>quantity not accepted: {reason}</source>
        <translation>sasia nuk pranohet: {reason}</translation>
    </message>
    <message>
        <source>that line is not in this sale</source>
        <translation>ky rresht nuk është në këtë shitje</translation>
    </message>
    <message>
        <source>discount not accepted: {reason}</source>
        <translation>zbritja nuk pranohet: {reason}</translation>
    </message>
    <message>
        <source>{kind} payment of {amount} is more than the {due} still due; only cash can give change</source>
        <translation>pagesa me {kind} prej {amount} është më shumë se {due} që mbeten; vetëm paratë në dorë japin kusur</translation>
    </message>
    <message>
        <source>payment not accepted: {reason}</source>
        <translation>pagesa nuk pranohet: {reason}</translation>
    </message>
    <message>
        <source>{due} is still to pay</source>
        <translation>mbeten për t&apos;u paguar {due}</translation>
    </message>
    <message>
        <source>the sale is already {state}</source>
        <translation>shitja është tashmë {state}</translation>
    </message>
    <message>
        <source>the sale has no items</source>
        <translation>shitja nuk ka artikuj</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>duhet të jetë objekt JSON (vlera me emra)</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>nuk njihet</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>duhet të jetë listë [ ]</translation>
    </message>
    <message>
        <source>must be yes/no</source>
        <translation>duhet të jetë po/jo (true ose false)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>duhet të jetë numër i plotë</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>duhet të jetë tekst</translation>
    </message>
    <message>
        <source>must be a date and time with its timezone</source>
        <translation>duhet të jetë datë dhe orë me zonën kohore</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>duhet të jetë datë (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>duhet të jetë një nga: {allowed}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>mungon</translation>
    </message>
    <message>
        <source>must be given, without &apos;:&apos;</source>
        <translation>duhet plotësuar, pa “:”</translation>
    </message>
    <message>
        <source>is an amount or a percentage</source>
        <translation>është ose shumë ose përqindje, vetëm njëra prej tyre</translation>
    </message>
    <message>
        <source>{what}: {field} {reason}</source>
        <translation>{what}, fusha “{field}”: {reason}</translation>
    </message>
    <message>
        <source>this card is blocked; it cannot earn or spend</source>
        <translation>kjo kartë është e bllokuar; nuk mund të fitojë as të shpenzojë</translation>
    </message>
    <message>
        <source>the card has {available} points available; {wanted} were asked for</source>
        <translation>karta ka {available} pikë në dispozicion; u kërkuan {wanted}</translation>
    </message>
    <message>
        <source>points can be spent from a balance of {minimum}; the card has {available}</source>
        <translation>pikët mund të shpenzohen nga një gjendje prej {minimum}; karta ka {available}</translation>
    </message>
    <message>
        <source>{what} needs a receipt of at least {minimum}; this one is {total}</source>
        <translation>{what} kërkon një faturë të paktën {minimum}; kjo është {total}</translation>
    </message>
    <message>
        <source>at most {limit} may be paid with points here ({reason}); {asked} was asked</source>
        <translation>këtu mund të paguhen me pikë të shumtën {limit} ({reason}); u kërkuan {asked}</translation>
    </message>
    <message>
        <source>points cannot pay for this sale: {reason}</source>
        <translation>kjo shitje nuk mund të paguhet me pikë: {reason}</translation>
    </message>
    <message>
        <source>coupon {code} is not known</source>
        <translation>kuponi {code} nuk njihet</translation>
    </message>
    <message>
        <source>coupon {code} can be used from {day}</source>
        <translation>kuponi {code} mund të përdoret nga {day}</translation>
    </message>
    <message>
        <source>coupon {code} expired on {day}</source>
        <translation>kuponi {code} skadoi më {day}</translation>
    </message>
    <message>
        <source>coupon {code} has already been used ({uses} of {uses})</source>
        <translation>kuponi {code} është përdorur tashmë ({uses} nga {uses})</translation>
    </message>
    <message>
        <source>that gift card is not known</source>
        <translation>kjo kartë dhuratë nuk njihet</translation>
    </message>
    <message>
        <source>the gift card&apos;s balance of {expired} has expired</source>
        <translation>gjendja e kartës dhuratë prej {expired} ka skaduar</translation>
    </message>
    <message>
        <source>the gift card has {available}; {wanted} was asked for</source>
        <translation>karta dhuratë ka {available}; u kërkuan {wanted}</translation>
    </message>
    <message>
        <source>gift card amount not accepted: {reason}</source>
        <translation>shuma e kartës dhuratë nuk pranohet: {reason}</translation>
    </message>
    <message>
        <source>the card has {available} stamps; {wanted} are needed</source>
        <translation>karta ka {available} vula; duhen {wanted}</translation>
    </message>
    <message>
        <source>adjustment not accepted: {reason}</source>
        <translation>korrigjimi nuk pranohet: {reason}</translation>
    </message>
    <message>
        <source>more is being returned than was sold on this line</source>
        <translation>po kthehet më shumë se sa u shit në këtë rresht</translation>
    </message>
    <message>
        <source>coupon {code} has been withdrawn by the shop</source>
        <translation>kuponi {code} është tërhequr nga dyqani</translation>
    </message>
    <message>
        <source>is not a known timezone</source>
        <translation>nuk është zonë kohore e njohur</translation>
    </message>
    <message>
        <source>list each category once</source>
        <translation>çdo kategori duhet të jetë vetëm një herë</translation>
    </message>
    <message>
        <source>must be within {lowest}-{highest}</source>
        <translation>orët duhet të jenë nga {lowest} deri në {highest}, fillimi para mbarimit</translation>
    </message>
    <message>
        <source>are 0 (Mon)-6 (Sun)</source>
        <translation>ditët janë nga 0 (e hënë) deri në 6 (e diel)</translation>
    </message>
    <message>
        <source>must end before points expire</source>
        <translation>duhet të mbarojë para se të skadojnë pikët</translation>
    </message>
    <message>
        <source>must not be before {field}</source>
        <translation>nuk mund të jetë para {field}</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>nuk mund të jetë negative</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>duhet të jetë më shumë se zero</translation>
    </message>
    <message>
        <source>must be {lowest}-{highest}</source>
        <translation>duhet të jetë nga {lowest} deri në {highest}</translation>
    </message>
    <message>
        <source>must be 0-{maximum} in basis points</source>
        <translation>duhet të jetë nga 0 deri në {maximum}, në pikë bazë</translation>
    </message>
    <message>
        <source>must be an ISO 4217 code</source>
        <translation>duhet të jetë kod monedhe sipas ISO 4217 (p.sh. ALL)</translation>
    </message>
    <message>
        <source>must be {lowest} or more</source>
        <translation>duhet të jetë {lowest} ose më shumë</translation>
    </message>
    <message>
        <source>must list at least one tier</source>
        <translation>duhet të ketë të paktën një nivel</translation>
    </message>
    <message>
        <source>need distinct names</source>
        <translation>nivelet duhet të kenë emra të ndryshëm</translation>
    </message>
    <message>
        <source>must divide a year</source>
        <translation>duhet ta ndajë vitin në pjesë të barabarta (1, 2, 3, 4, 6 ose 12)</translation>
    </message>
    <message>
        <source>must not be below {field}</source>
        <translation>nuk mund të jetë më pak se {field}</translation>
    </message>
    <message>
        <source>needs a timezone</source>
        <translation>i mungon zona kohore</translation>
    </message>
    <message>
        <source>must be after {field}</source>
        <translation>duhet të jetë pas {field}</translation>
    </message>
    <message>
        <source>is {found}, not {expected}</source>
        <translation>është {found}, jo {expected}</translation>
    </message>
    <message>
        <source>must be higher than the tier before</source>
        <translation>duhet të jetë më i lartë se pragu i nivelit të mëparshëm</translation>
    </message>
    <message>
        <source>{kind} is not a kind of program</source>
        <translation>{kind} nuk është lloj programi i njohur</translation>
    </message>
    <message>
        <source>must be {expected}</source>
        <translation>duhet të jetë {expected}</translation>
    </message>
    <message>
        <source>is longer than {longest} characters</source>
        <translation>ka më shumë se {longest} karaktere</translation>
    </message>
    <message>
        <source>is not a plausible date of birth</source>
        <translation>nuk është datë lindjeje e besueshme</translation>
    </message>
    <message>
        <source>{field} {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>must be given</source>
        <translation>duhet plotësuar</translation>
    </message>
    <message>
        <source>must be digits, spaces or dashes, with an optional + in front</source>
        <translation>lejohen vetëm shifra, hapësira ose viza, me një + në fillim nëse duhet</translation>
    </message>
    <message>
        <source>is not a valid address</source>
        <translation>nuk është adresë e vlefshme</translation>
    </message>
    <message>
        <source>card {card} is not known here</source>
        <translation>karta {card} nuk njihet këtu</translation>
    </message>
    <message>
        <source>card {card} is {status}: {reason}</source>
        <translation>karta {card} është {status}: {reason}</translation>
    </message>
    <message>
        <source>card {card} is {status}</source>
        <translation>karta {card} është {status}</translation>
    </message>
    <message>
        <source>{code} is used by {name}</source>
        <translation>{code} përdoret nga {name}</translation>
    </message>
    <message>
        <source>must stay {kind} (save it under a new id)</source>
        <translation>lloji duhet të mbetet {kind} (për një lloj tjetër ruajeni me id të re)</translation>
    </message>
    <message>
        <source>no sale with receipt number {number}</source>
        <translation>nuk ka shitje me numër fature {number}</translation>
    </message>
    <message>
        <source>choose at least one line to return</source>
        <translation>zgjidhni të paktën një rresht për kthim</translation>
    </message>
    <message>
        <source>this receipt cannot be returned: {reason}</source>
        <translation>kjo faturë nuk mund të kthehet: {reason}</translation>
    </message>
    <message>
        <source>this sale cannot be parked: {reason}</source>
        <translation>kjo shitje nuk mund të lihet në pritje: {reason}</translation>
    </message>
    <message>
        <source>must be a date like {example}</source>
        <translation>duhet të jetë datë si {example}</translation>
    </message>
    <message>
        <source>No product has the code {code}.</source>
        <translation>Asnjë artikull nuk ka kodin {code}.</translation>
    </message>
    <message>
        <source>The code {code} cannot be read: {reason}.</source>
        <translation>Kodi {code} nuk mund të lexohet: {reason}.</translation>
    </message>
    <message>
        <source>Quantity not accepted: {reason}.</source>
        <translation>Sasia nuk pranohet: {reason}.</translation>
    </message>
    <message>
        <source>Discount not accepted: {reason}.</source>
        <translation>Zbritja nuk pranohet: {reason}.</translation>
    </message>
    <message>
        <source>Payment not accepted: {reason}.</source>
        <translation>Pagesa nuk pranohet: {reason}.</translation>
    </message>
    <message>
        <source>A {kind} payment cannot be more than the {due} still due; only cash gives change.</source>
        <translation>Një pagesë me {kind} nuk mund të jetë më shumë se {due} që mbeten; vetëm paratë në dorë japin kusur.</translation>
    </message>
    <message>
        <source>{due} is still to pay.</source>
        <translation>Mbeten për t&apos;u paguar {due}.</translation>
    </message>
    <message>
        <source>The sale has no items.</source>
        <translation>Shitja nuk ka artikuj.</translation>
    </message>
    <message>
        <source>This sale is already finished.</source>
        <translation>Kjo shitje ka përfunduar tashmë.</translation>
    </message>
    <message>
        <source>That line is no longer in the sale.</source>
        <translation>Ky rresht nuk është më në shitje.</translation>
    </message>
    <message>
        <source>That amount is in another currency.</source>
        <translation>Kjo shumë është në një monedhë tjetër.</translation>
    </message>
    <message>
        <source>That is not an amount.</source>
        <translation>Kjo nuk është shumë.</translation>
    </message>
    <message>
        <source>Open a shift before selling.</source>
        <translation>Hapni një turn para se të shisni.</translation>
    </message>
    <message>
        <source>Card {card} is not known here. The sale goes on without a card.</source>
        <translation>Karta {card} nuk njihet këtu. Shitja vazhdon pa kartë.</translation>
    </message>
    <message>
        <source>Card {card} is {status}: {reason}. The sale goes on without a card.</source>
        <translation>Karta {card} është {status}: {reason}. Shitja vazhdon pa kartë.</translation>
    </message>
    <message>
        <source>Card {card} is {status}. The sale goes on without a card.</source>
        <translation>Karta {card} është {status}. Shitja vazhdon pa kartë.</translation>
    </message>
    <message>
        <source>Wrong PIN ({left} attempts left).</source>
        <translation>PIN i gabuar (mbeten {left} përpjekje).</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in a few minutes or ask a manager.</source>
        <translation>Shumë PIN të gabuar: provoni përsëri pas disa minutash ose pyesni menaxherin.</translation>
    </message>
    <message>
        <source>Too many wrong PINs at this till: PIN entry is paused for a few minutes.</source>
        <translation>Shumë PIN të gabuar në këtë arkë: futja e PIN-it është pezulluar për disa minuta.</translation>
    </message>
    <message>
        <source>The till&apos;s disk is full, so nothing was saved. The sale stays open: ask a manager to free some space, then complete it again.</source>
        <translation>Disku i arkës është plot, prandaj nuk u ruajt asgjë. Shitja mbetet e hapur: kërkojini një menaxheri të lirojë hapësirë, pastaj përfundojeni përsëri.</translation>
    </message>
    <message>
        <source>The till cannot write to its database (the disk is read-only or failing), so nothing was saved. The sale stays open: call for help, then complete it again.</source>
        <translation>Arka nuk mund të shkruajë në bazën e saj të të dhënave (disku është vetëm për lexim ose me defekt), prandaj nuk u ruajt asgjë. Shitja mbetet e hapur: kërkoni ndihmë, pastaj përfundojeni përsëri.</translation>
    </message>
    <message>
        <source>A manager PIN is needed for this.</source>
        <translation>Për këtë duhet PIN-i i menaxherit.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN-i ka 4 deri në 12 shifra.</translation>
    </message>
    <message>
        <source>A shift is already open on this till.</source>
        <translation>Në këtë arkë ka tashmë një turn të hapur.</translation>
    </message>
    <message>
        <source>No shift is open on this till.</source>
        <translation>Në këtë arkë nuk ka turn të hapur.</translation>
    </message>
    <message>
        <source>That parked sale is no longer there.</source>
        <translation>Kjo shitje në pritje nuk është më aty.</translation>
    </message>
    <message>
        <source>This sale cannot be parked: {reason}.</source>
        <translation>Kjo shitje nuk mund të lihet në pritje: {reason}.</translation>
    </message>
    <message>
        <source>The printer did not print: {reason}.</source>
        <translation>Printeri nuk printoi: {reason}.</translation>
    </message>
    <message>
        <source>No sale has the receipt number {number}.</source>
        <translation>Asnjë shitje nuk ka numrin e faturës {number}.</translation>
    </message>
    <message>
        <source>Choose at least one line to return.</source>
        <translation>Zgjidhni të paktën një rresht për kthim.</translation>
    </message>
    <message>
        <source>This receipt cannot be returned: {reason}.</source>
        <translation>Kjo faturë nuk mund të kthehet: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Diçka shkoi keq: {error}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation>emri</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoni</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>ditëlindja</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line {line}: {reason}</source>
        <translation>rreshti {line}: {reason}</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>duhet të jetë yes ose no</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>duhet të jetë datë (YYYY-MM-DD ose DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>line {line}: {column} {reason}</source>
        <translation>rreshti {line}, kolona “{column}”: {reason}</translation>
    </message>
    <message>
        <source>{errors} bad row(s) of {rows}, nothing imported; first: {first}</source>
        <translation>{errors} rreshta të gabuar nga {rows}, nuk u importua asgjë; i pari: {first}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>është bosh</translation>
    </message>
    <message>
        <source>{value} is already on line {earlier}</source>
        <translation>{value} është tashmë në rreshtin {earlier}</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>nuk mund të jetë negative</translation>
    </message>
    <message>
        <source>must be 100% or less</source>
        <translation>duhet të jetë 100% ose më pak</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>nuk u dha asnjë arsye</translation>
    </message>
    <message>
        <source>a column is named twice</source>
        <translation>një kolonë shfaqet dy herë në krye</translation>
    </message>
    <message>
        <source>must be pc or kg</source>
        <translation>duhet të jetë pc ose kg</translation>
    </message>
    <message>
        <source>must be digits</source>
        <translation>lejohen vetëm shifra</translation>
    </message>
    <message>
        <source>need a card number to go on</source>
        <translation>për të ngarkuar pikë duhet një numër karte në kolonën “card”</translation>
    </message>
    <message>
        <source>unknown column &apos;{name}&apos;</source>
        <translation>kolonë e panjohur “{name}”</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a percentage</source>
        <translation>“{text}” nuk është përqindje</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of points</source>
        <translation>“{text}” nuk është numër pikësh</translation>
    </message>
    <message>
        <source>the column &apos;{name}&apos; is missing</source>
        <translation>mungon kolona “{name}”</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount</source>
        <translation>“{text}” nuk është shumë parash</translation>
    </message>
    <message>
        <source>the row has {count} fields; the header has {expected}</source>
        <translation>rreshti ka {count} fusha, kurse rreshti i titujve ka {expected}</translation>
    </message>
    <message>
        <source>{code} is not a barcode with a right check digit</source>
        <translation>{code} nuk është barkod me shifër kontrolli të saktë</translation>
    </message>
    <message>
        <source>must be 6 to 24 digits</source>
        <translation>duhet të ketë 6 deri në 24 shifra</translation>
    </message>
    <message>
        <source>has a wrong check digit</source>
        <translation>shifra e kontrollit është e gabuar</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>skedari është bosh</translation>
    </message>
    <message>
        <source>{number} is already used</source>
        <translation>{number} është tashmë në përdorim</translation>
    </message>
    <message>
        <source>{category} is not a category of this shop</source>
        <translation>{category} nuk është kategori e këtij dyqani</translation>
    </message>
    <message>
        <source>{code} belongs to another product</source>
        <translation>{code} i përket një artikulli tjetër</translation>
    </message>
</context>
<context>
    <name>IssueTab</name>
    <message>
        <source>Issue a card</source>
        <translation>Lësho një kartë</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Anëtar i ri</translation>
    </message>
    <message>
        <source>Existing member</source>
        <translation>Anëtar ekzistues</translation>
    </message>
    <message>
        <source>Empty: the next number; or scan a pre-printed card</source>
        <translation>Bosh: numri i radhës; ose skanoni një kartë të parashtypur</translation>
    </message>
    <message>
        <source>Card programme</source>
        <translation>Programi i kartës</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numri i kartës</translation>
    </message>
    <message>
        <source>Issue and print (F12)</source>
        <translation>Lësho dhe shtyp (F12)</translation>
    </message>
    <message>
        <source>Write the magstripe</source>
        <translation>Shkruaj shiritin magnetik</translation>
    </message>
    <message>
        <source>The printed card appears here.</source>
        <translation>Karta e shtypur shfaqet këtu.</translation>
    </message>
    <message>
        <source>The card goes to {name}.</source>
        <translation>Karta i jepet {name}.</translation>
    </message>
    <message>
        <source>The shop has no card programme yet: add one under Programs.</source>
        <translation>Dyqani nuk ka ende program kartash: shtoni një te Programet.</translation>
    </message>
    <message>
        <source>Find the member first, then press Enter to choose them.</source>
        <translation>Gjeni fillimisht anëtarin, pastaj shtypni Enter për ta zgjedhur.</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Po lëshohet…</translation>
    </message>
    <message>
        <source>Card {number} issued to {name}. Welcome bonus: {points} points.</source>
        <translation>Karta {number} iu lëshua {name}. Bonus mirëseardhjeje: {points} pikë.</translation>
    </message>
    <message>
        <source>Printed to {png} and {pdf}.</source>
        <translation>U shtyp në {png} dhe {pdf}.</translation>
    </message>
    <message>
        <source>The card was issued but not printed: {reason}</source>
        <translation>Karta u lëshua, por nuk u shtyp: {reason}</translation>
    </message>
    <message>
        <source>No card encoder is set up on this till: the card works by its barcode.</source>
        <translation>Në këtë arkë nuk ka kodues kartash: karta punon me barkodin e saj.</translation>
    </message>
    <message>
        <source>Swipe the card through the encoder now…</source>
        <translation>Kaloni tani kartën në kodues…</translation>
    </message>
    <message>
        <source>Magstripe written and read back correctly.</source>
        <translation>Shiriti magnetik u shkrua dhe u lexua saktë.</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete the last digit</source>
        <translation>Fshi shifrën e fundit</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Pastro</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <source>Key figures, last 12 months</source>
        <translation>Shifrat kryesore, 12 muajt e fundit</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksporto CSV</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Shkalla e blerjeve të përsëritura</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Anëtarë aktivë</translation>
    </message>
    <message>
        <source>Receipts with a card</source>
        <translation>Fatura me kartë</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>Shkalla e shpenzimit të pikëve</translation>
    </message>
    <message>
        <source>Average receipt, members</source>
        <translation>Fatura mesatare, anëtarët</translation>
    </message>
    <message>
        <source>Average receipt, others</source>
        <translation>Fatura mesatare, të tjerët</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Vlera e klientit gjatë gjithë kohës</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Largimi i klientëve</translation>
    </message>
    <message>
        <source>Points outstanding (liability)</source>
        <translation>Pikë të papërdorura (detyrim)</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Nivelet</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Po numërohet…</translation>
    </message>
    <message>
        <source>{score} ({answers} answers)</source>
        <translation>{score} ({answers} përgjigje)</translation>
    </message>
    <message>
        <source>{points} points = {money}</source>
        <translation>{points} pikë = {money}</translation>
    </message>
    <message>
        <source>Only {rate} of the points earned are spent (under 20%): the program is not working for customers.</source>
        <translation>Vetëm {rate} e pikëve të fituara janë shpenzuar (nën 20%): programi nuk po funksionon për klientët.</translation>
    </message>
    <message>
        <source>From {start} to {end} · {scope}</source>
        <translation>Nga {start} deri më {end} · {scope}</translation>
    </message>
    <message>
        <source>Month by month (%)</source>
        <translation>Muaj pas muaji (%)</translation>
    </message>
    <message>
        <source>Alert under 20%</source>
        <translation>Alarm nën 20%</translation>
    </message>
    <message>
        <source>No tier ladder</source>
        <translation>Pa shkallë nivelesh</translation>
    </message>
    <message>
        <source>Cards by tier: {ladder}</source>
        <translation>Kartat sipas nivelit: {ladder}</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>pa nivel</translation>
    </message>
    <message>
        <source>Export the KPIs</source>
        <translation>Eksporto treguesit</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>U ruajt në {path}.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Till {code}</source>
        <translation>Arka {code}</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Shkruani PIN-in tuaj</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Po kontrollohet…</translation>
    </message>
</context>
<context>
    <name>Loyalty</name>
    <message>
        <source>{first} + {second}</source>
        <translation>{first} + {second}</translation>
    </message>
    <message>
        <source>{rule} not combined: {chosen} saves more ({saving} vs {other})</source>
        <translation>{rule} nuk kombinohet: {chosen} kursen më shumë ({saving} kundrejt {other})</translation>
    </message>
    <message>
        <source>{name}: no points on this sale</source>
        <translation>{name}: asnjë pikë për këtë shitje</translation>
    </message>
    <message>
        <source>offline limit {points} points</source>
        <translation>kufiri jashtë linje {points} pikë</translation>
    </message>
    <message>
        <source>{name} points are for sales in {currency}</source>
        <translation>pikët e {name} janë për shitje në {currency}</translation>
    </message>
    <message>
        <source>points can pay for receipts from {minimum}</source>
        <translation>pikët mund të paguajnë fatura nga {minimum}</translation>
    </message>
    <message>
        <source>no points available</source>
        <translation>nuk ka pikë në dispozicion</translation>
    </message>
    <message>
        <source>points can be spent from a balance of {minimum}</source>
        <translation>pikët mund të shpenzohen nga një gjendje prej {minimum}</translation>
    </message>
    <message>
        <source>{points} points available</source>
        <translation>{points} pikë në dispozicion</translation>
    </message>
    <message>
        <source>goods payable with points</source>
        <translation>mallra që paguhen me pikë</translation>
    </message>
    <message>
        <source>up to {percent} of the receipt</source>
        <translation>deri në {percent} të faturës</translation>
    </message>
    <message>
        <source>{name}: {points} points - {percent} ({promotions}) of {amount}</source>
        <translation>{name}: {points} pikë - {percent} ({promotions}) e {amount}</translation>
    </message>
    <message>
        <source>{name}: {points} points - {percent} of {amount}</source>
        <translation>{name}: {points} pikë - {percent} e {amount}</translation>
    </message>
    <message>
        <source>{name}: {points} points on {amount} (rates by category: {promotions})</source>
        <translation>{name}: {points} pikë për {amount} (norma sipas kategorisë: {promotions})</translation>
    </message>
    <message>
        <source>{name}: {points} points on {amount} (rates by category)</source>
        <translation>{name}: {points} pikë për {amount} (norma sipas kategorisë)</translation>
    </message>
    <message>
        <source>coupon {code}: {error}</source>
        <translation>kuponi {code}: {error}</translation>
    </message>
    <message>
        <source>Coupon {code} {percent}</source>
        <translation>Kuponi {code} {percent}</translation>
    </message>
    <message>
        <source>Coupon {code} {amount} off</source>
        <translation>Kuponi {code}: {amount} zbritje</translation>
    </message>
    <message>
        <source>{title} - {name} (receipts from {minimum})</source>
        <translation>{title} - {name} (fatura nga {minimum})</translation>
    </message>
    <message>
        <source>{title} - {name}</source>
        <translation>{title} - {name}</translation>
    </message>
    <message>
        <source>{ladder}: {progress}</source>
        <translation>{ladder}: {progress}</translation>
    </message>
    <message>
        <source>{name} {percent}</source>
        <translation>{name} {percent}</translation>
    </message>
    <message>
        <source>{title} - member card</source>
        <translation>{title} - karta e anëtarit</translation>
    </message>
    <message>
        <source>{title} - points spent in {count} sales (more than {after})</source>
        <translation>{title} - pikë të shpenzuara në {count} shitje (më shumë se {after})</translation>
    </message>
    <message>
        <source>{name}: {count} free</source>
        <translation>{name}: {count} falas</translation>
    </message>
    <message>
        <source>{title} - {needed} stamps each (card had {had})</source>
        <translation>{title} - {needed} vula secila (karta kishte {had})</translation>
    </message>
    <message>
        <source>Gift card: {used} used, {left} left</source>
        <translation>Karta dhuratë: u përdorën {used}, mbeten {left}</translation>
    </message>
    <message>
        <source>{name}: {have} of {needed} stamps</source>
        <translation>{name}: {have} nga {needed} vula</translation>
    </message>
    <message>
        <source>Paid with points: {points} points</source>
        <translation>Paguar me pikë: {points} pikë</translation>
    </message>
    <message>
        <source>Points balance: {points} (+{pending} pending)</source>
        <translation>Gjendja e pikëve: {points} (+{pending} në pritje)</translation>
    </message>
    <message>
        <source>Points balance: {points}</source>
        <translation>Gjendja e pikëve: {points}</translation>
    </message>
    <message>
        <source>{points} points valid until {day}</source>
        <translation>{points} pikë të vlefshme deri më {day}</translation>
    </message>
    <message>
        <source>Welcome to {tier}: {percent} from this purchase</source>
        <translation>Mirë se vini në {tier}: {percent} që nga kjo blerje</translation>
    </message>
    <message>
        <source>Welcome to {tier}: {percent} from your next purchase</source>
        <translation>Mirë se vini në {tier}: {percent} nga blerja e ardhshme</translation>
    </message>
    <message>
        <source>Points taken back: {points} (earned on the returned items)</source>
        <translation>Pikë të marra mbrapsht: {points} (të fituara për artikujt e kthyer)</translation>
    </message>
    <message>
        <source>Points given back: {points}</source>
        <translation>Pikë të rikthyera: {points}</translation>
    </message>
    <message>
        <source>Gift card: {amount} back on the card</source>
        <translation>Karta dhuratë: {amount} u kthyen në kartë</translation>
    </message>
    <message>
        <source>Stamps taken back: {count}</source>
        <translation>Vula të marra mbrapsht: {count}</translation>
    </message>
    <message>
        <source>Coupon {code} can be used again</source>
        <translation>Kuponi {code} mund të përdoret përsëri</translation>
    </message>
    <message>
        <source>Stamps given back: {count}</source>
        <translation>Vula të rikthyera: {count}</translation>
    </message>
    <message>
        <source>lifetime spend</source>
        <translation>shpenzimi gjithsej</translation>
    </message>
    <message>
        <source>spend in the last {months} months</source>
        <translation>shpenzimi në {months} muajt e fundit</translation>
    </message>
    <message>
        <source>{before} + this sale {sale} = {total}</source>
        <translation>{before} + kjo shitje {sale} = {total}</translation>
    </message>
    <message>
        <source>{ladder}: no tier yet - {basis} {spend}</source>
        <translation>{ladder}: ende pa nivel - {basis} {spend}</translation>
    </message>
    <message>
        <source>{amount} to {tier}</source>
        <translation>edhe {amount} deri në {tier}</translation>
    </message>
    <message>
        <source>top tier</source>
        <translation>niveli më i lartë</translation>
    </message>
    <message>
        <source>kept until {day}: spend {spend} in the {months} months to {month} &gt;= {threshold}</source>
        <translation>mbahet deri më {day}: shpenzim {spend} në {months} muajt deri në {month} &gt;= {threshold}</translation>
    </message>
    <message>
        <source>{tier} {percent} - {why}</source>
        <translation>{tier} {percent} - {why}</translation>
    </message>
    <message>
        <source>{tier} {percent} - {basis} {spend} &gt;= {threshold}</source>
        <translation>{tier} {percent} - {basis} {spend} &gt;= {threshold}</translation>
    </message>
    <message>
        <source>coupon {code} gives nothing on these items</source>
        <translation>kuponi {code} nuk jep asgjë për këta artikuj</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>The first manager</source>
        <translation>Menaxheri i parë</translation>
    </message>
    <message>
        <source>The manager approves returns and voids and adds the other staff.</source>
        <translation>Menaxheri miraton kthimet dhe anulimet dhe shton stafin tjetër.</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>E&amp;mri</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>&amp;PIN (4 deri 12 shifra)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN përsër&amp;i</translation>
    </message>
    <message>
        <source>The till opens at the login screen when the setup is done.</source>
        <translation>Kur mbaron konfigurimi, arka hapet në ekranin e hyrjes.</translation>
    </message>
</context>
<context>
    <name>ManagerTools</name>
    <message>
        <source>Manager</source>
        <translation>Menaxheri</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anëtarët</translation>
    </message>
    <message>
        <source>Issue card</source>
        <translation>Lësho kartë</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programet</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>Import / eksport</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Treguesit</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditimi</translation>
    </message>
    <message>
        <source>Manager: {name}</source>
        <translation>Menaxheri: {name}</translation>
    </message>
    <message>
        <source>Back to the till (Esc)</source>
        <translation>Kthehu te arka (Esc)</translation>
    </message>
</context>
<context>
    <name>ManagerWords</name>
    <message>
        <source>active</source>
        <translation>aktive</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>e bllokuar</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>e zëvendësuar</translation>
    </message>
    <message>
        <source>earned</source>
        <translation>fituar</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>shpenzuar</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>skaduar</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>korrigjuar</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>kthyer</translation>
    </message>
    <message>
        <source>welcome bonus</source>
        <translation>bonus mirëseardhjeje</translation>
    </message>
    <message>
        <source>birthday bonus</source>
        <translation>bonus ditëlindjeje</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>lëshuar</translation>
    </message>
    <message>
        <source>topped up</source>
        <translation>rimbushur</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>transferuar</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>numëruar</translation>
    </message>
    <message>
        <source>card issued</source>
        <translation>kartë e lëshuar</translation>
    </message>
    <message>
        <source>card replaced</source>
        <translation>kartë e zëvendësuar</translation>
    </message>
    <message>
        <source>card blocked</source>
        <translation>kartë e bllokuar</translation>
    </message>
    <message>
        <source>card unblocked</source>
        <translation>kartë e zhbllokuar</translation>
    </message>
    <message>
        <source>member edited</source>
        <translation>anëtar i ndryshuar</translation>
    </message>
    <message>
        <source>members merged</source>
        <translation>anëtarë të bashkuar</translation>
    </message>
    <message>
        <source>points adjusted</source>
        <translation>pikë të korrigjuara</translation>
    </message>
    <message>
        <source>program saved</source>
        <translation>program i ruajtur</translation>
    </message>
    <message>
        <source>products imported</source>
        <translation>produkte të importuara</translation>
    </message>
    <message>
        <source>members imported</source>
        <translation>anëtarë të importuar</translation>
    </message>
    <message>
        <source>manager tools opened</source>
        <translation>mjetet e menaxherit u hapën</translation>
    </message>
</context>
<context>
    <name>MemberHitModel</name>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>Gjendja e kartës</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>pa kartë</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Save profile</source>
        <translation>Ruaj të dhënat</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pikë</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Çfarë</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pse</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Bilanci</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totali</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Zbritja</translation>
    </message>
    <message>
        <source>Points, line by line</source>
        <translation>Pikët, rresht pas rreshti</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Shitjet</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Mbrapa (Esc)</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Korrigjo pikët</translation>
    </message>
    <message>
        <source>Block card</source>
        <translation>Blloko kartën</translation>
    </message>
    <message>
        <source>Replace lost card</source>
        <translation>Zëvendëso kartën e humbur</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Bashko me…</translation>
    </message>
    <message>
        <source>Member since {date}</source>
        <translation>Anëtar që nga {date}</translation>
    </message>
    <message>
        <source>No card yet: issue one from the Issue card tab.</source>
        <translation>Ende pa kartë: lëshoni një te skeda Lësho kartë.</translation>
    </message>
    <message>
        <source>Unblock card</source>
        <translation>Zhblloko kartën</translation>
    </message>
    <message>
        <source>Points: {points}</source>
        <translation>Pikë: {points}</translation>
    </message>
    <message>
        <source>pending {points}</source>
        <translation>në pritje {points}</translation>
    </message>
    <message>
        <source>gift balance {amount}</source>
        <translation>bilanci dhuratë {amount}</translation>
    </message>
    <message>
        <source>Why {total} points: the lines below add up to it (available {available}, pending {pending}, expired {expired}).</source>
        <translation>Pse {total} pikë: rreshtat më poshtë mblidhen në këtë shumë (të disponueshme {available}, në pritje {pending}, të skaduara {expired}).</translation>
    </message>
    <message>
        <source>receipt {number}</source>
        <translation>fatura {number}</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>nga {name}</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Të dhënat u ruajtën.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>{amount} points adjusted, approved by {name}; balance {balance}.</source>
        <translation>{amount} pikë u korrigjuan, miratuar nga {name}; bilanci {balance}.</translation>
    </message>
    <message>
        <source>Card unblocked.</source>
        <translation>Karta u zhbllokua.</translation>
    </message>
    <message>
        <source>Block card {card}</source>
        <translation>Blloko kartën {card}</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pse?</translation>
    </message>
    <message>
        <source>Card blocked: it can neither earn nor spend.</source>
        <translation>Karta u bllokua: nuk mund as të fitojë, as të shpenzojë.</translation>
    </message>
    <message>
        <source>Replace card {card}</source>
        <translation>Zëvendëso kartën {card}</translation>
    </message>
    <message>
        <source>Why is it replaced (lost, stolen, damaged)? The balance moves to the new card.</source>
        <translation>Pse zëvendësohet (e humbur, e vjedhur, e dëmtuar)? Bilanci kalon në kartën e re.</translation>
    </message>
    <message>
        <source>New card {new} issued with {points} points; card {old} can no longer be used.</source>
        <translation>Karta e re {new} u lëshua me {points} pikë; karta {old} nuk mund të përdoret më.</translation>
    </message>
    <message>
        <source>{name} merged here: {cards} card(s) moved.</source>
        <translation>{name} u bashkua këtu: u transferuan {cards} karta.</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>No member card.
Scan, swipe or type the card number.</source>
        <translation>Nuk ka kartë anëtari.
Skanoni, kaloni ose shkruani numrin e kartës.</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Sot ka ditëlindjen</translation>
    </message>
    <message>
        <source>Balance as of last sync</source>
        <translation>Gjendja sipas sinkronizimit të fundit</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anëtar</translation>
    </message>
    <message>
        <source>Card {number}</source>
        <translation>Karta {number}</translation>
    </message>
    <message>
        <source>{amount} more to {tier}</source>
        <translation>edhe {amount} deri në {tier}</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} pikë</translation>
    </message>
    <message>
        <source>{points} pending</source>
        <translation>{points} në pritje</translation>
    </message>
    <message>
        <source>gift {amount}</source>
        <translation>dhuratë {amount}</translation>
    </message>
    <message>
        <source>this sale earns {points}</source>
        <translation>kjo shitje fiton {points}</translation>
    </message>
    <message>
        <source>Points can pay up to {amount} of this sale</source>
        <translation>Me pikë mund të paguhen deri në {amount} të kësaj shitjeje</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Name, phone or card number</source>
        <translation>Emri, telefoni ose numri i kartës</translation>
    </message>
    <message>
        <source>Type part of a name, or at least 4 digits of a phone or card number.</source>
        <translation>Shkruani një pjesë të emrit, ose të paktën 4 shifra të telefonit ose numrit të kartës.</translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation>Nuk u gjet asnjë anëtar.</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter opens the member</source>
        <translation>↑↓ zgjidh · Enter hap anëtarin</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Find a member</source>
        <translation>Gjej një anëtar</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge members</source>
        <translation>Bashko anëtarët</translation>
    </message>
    <message>
        <source>Merge another member into {name}</source>
        <translation>Bashko një anëtar tjetër te {name}</translation>
    </message>
    <message>
        <source>Their cards move here with their balances; this member&apos;s details are kept.</source>
        <translation>Kartat e tij kalojnë këtu me bilancet; të dhënat e këtij anëtari mbeten.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Anulo (Esc)</translation>
    </message>
    <message>
        <source>Merge (F12)</source>
        <translation>Bashko (F12)</translation>
    </message>
    <message>
        <source>That is the same member.</source>
        <translation>Ky është i njëjti anëtar.</translation>
    </message>
    <message>
        <source>{name} will be merged here (F12 to confirm).</source>
        <translation>{name} do të bashkohet këtu (F12 për ta konfirmuar).</translation>
    </message>
</context>
<context>
    <name>NpsDialog</name>
    <message>
        <source>Customer&apos;s opinion</source>
        <translation>Mendimi i klientit</translation>
    </message>
    <message>
        <source>How likely is the customer to recommend us to a friend?</source>
        <translation>Sa gjasa ka që klienti të na rekomandojë te një mik?</translation>
    </message>
    <message>
        <source>0 = not at all, 10 = certainly. Type the number and Enter, or Esc to skip.</source>
        <translation>0 = aspak, 10 = patjetër. Shkruani numrin dhe Enter, ose Esc për ta kapërcyer.</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Kapërce (Esc)</translation>
    </message>
    <message>
        <source>A whole number from 0 to 10.</source>
        <translation>Një numër i plotë nga 0 deri në 10.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Head office</source>
        <translation>Zyra qendrore</translation>
    </message>
    <message>
        <source>The till sells without it; sales, cards and points travel when it is reachable.</source>
        <translation>Arka shet edhe pa të; shitjet, kartat dhe pikët dërgohen kur ajo arrihet.</translation>
    </message>
    <message>
        <source>No &amp;head office: this till stands alone</source>
        <translation>Pa zyrë &amp;qendrore: kjo arkë është e pavarur</translation>
    </message>
    <message>
        <source>&amp;Online: register with a one-time code from the office</source>
        <translation>&amp;Në linjë: regjistrim me kod njëpërdorimësh nga zyra</translation>
    </message>
    <message>
        <source>&amp;USB bundles: carry signed files to the office and back</source>
        <translation>Paketa &amp;USB: skedarë të nënshkruar për në zyrë dhe mbrapsht</translation>
    </message>
    <message>
        <source>Office &amp;address</source>
        <translation>&amp;Adresa e zyrës</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>&amp;Kodi njëpërdorimësh</translation>
    </message>
</context>
<context>
    <name>ParkedSalesDialog</name>
    <message>
        <source>Parked sales</source>
        <translation>Shitje në pritje</translation>
    </message>
    <message>
        <source>Choose a parked sale to resume</source>
        <translation>Zgjidhni një shitje në pritje për ta vazhduar</translation>
    </message>
    <message>
        <source> · member card</source>
        <translation> · kartë anëtari</translation>
    </message>
    <message>
        <source>{time}  {label}  ·  {items} items  ·  {total}{card}</source>
        <translation>{time}  {label}  ·  {items} artikuj  ·  {total}{card}</translation>
    </message>
    <message>
        <source>No sales are parked.</source>
        <translation>Nuk ka shitje në pritje.</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Mbyll (Esc)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Pagesa</translation>
    </message>
    <message>
        <source>Cash
F1</source>
        <translation>Para në dorë
F1</translation>
    </message>
    <message>
        <source>Card
F2</source>
        <translation>Kartë
F2</translation>
    </message>
    <message>
        <source>Points
F3</source>
        <translation>Pikë
F3</translation>
    </message>
    <message>
        <source>Gift card
F4</source>
        <translation>Kartë dhuratë
F4</translation>
    </message>
    <message>
        <source>Gift card or slip number</source>
        <translation>Numri i kartës dhuratë ose i dëftesës</translation>
    </message>
    <message>
        <source>Coupon (F5)</source>
        <translation>Kupon (F5)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Prapa (Esc)</translation>
    </message>
    <message>
        <source>Complete
F12</source>
        <translation>Përfundo
F12</translation>
    </message>
    <message>
        <source>Amount paid with points</source>
        <translation>Shuma e paguar me pikë</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Shuma</translation>
    </message>
    <message>
        <source>Gift card number</source>
        <translation>Numri i kartës dhuratë</translation>
    </message>
    <message>
        <source>Slip number (optional)</source>
        <translation>Numri i dëftesës (opsional)</translation>
    </message>
    <message>
        <source>Points
F3 · up to {amount}</source>
        <translation>Pikë
F3 · deri në {amount}</translation>
    </message>
    <message>
        <source>Scan a member card with points first</source>
        <translation>Fillimisht skanoni një kartë anëtari me pikë</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Saktë</translation>
    </message>
    <message>
        <source>Scan or type the gift card number.</source>
        <translation>Skanoni ose shkruani numrin e kartës dhuratë.</translation>
    </message>
    <message>
        <source>Finish the payment before scanning items.</source>
        <translation>Përfundoni pagesën para se të skanoni artikuj.</translation>
    </message>
    <message>
        <source>{due} is still to pay.</source>
        <translation>Mbeten për t&apos;u paguar {due}.</translation>
    </message>
    <message>
        <source>Completing the sale…</source>
        <translation>Shitja po përfundon…</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <source>Total</source>
        <translation>Totali</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paguar</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Për t&apos;u paguar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Kusuri</translation>
    </message>
    <message>
        <source>Payments taken (Del removes the selected one)</source>
        <translation>Pagesat e marra (Del heq të zgjedhurën)</translation>
    </message>
    <message>
        <source>({points} points)</source>
        <translation>({points} pikë)</translation>
    </message>
</context>
<context>
    <name>PriceLookupDialog</name>
    <message>
        <source>Price lookup</source>
        <translation>Kontrollo çmimin</translation>
    </message>
    <message>
        <source>Find an item by name, SKU or barcode</source>
        <translation>Gjeni një artikull sipas emrit, kodit ose barkodit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikulli</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Çmimi</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Mbyll (Esc)</translation>
    </message>
    <message>
        <source>/kg</source>
        <translation>/kg</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nuk u gjet asgjë.</translation>
    </message>
</context>
<context>
    <name>PrintBridge</name>
    <message>
        <source>Z report {number}</source>
        <translation>Raporti Z {number}</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Raporti X</translation>
    </message>
    <message>
        <source>No printer is set up on this till.</source>
        <translation>Në këtë arkë nuk është konfiguruar printer.</translation>
    </message>
    <message>
        <source>No sale has the receipt number {number}.</source>
        <translation>Asnjë shitje nuk ka numrin e faturës {number}.</translation>
    </message>
    <message>
        <source>The receipt could not be prepared for printing.</source>
        <translation>Fatura nuk mund të përgatitej për printim.</translation>
    </message>
    <message>
        <source>Printer: none</source>
        <translation>Printeri: asnjë</translation>
    </message>
    <message>
        <source>Printer: ready</source>
        <translation>Printeri: gati</translation>
    </message>
    <message>
        <source>Printer: not printing</source>
        <translation>Printeri: nuk printon</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} në pritje</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Receipt printer</source>
        <translation>Printeri i faturave</translation>
    </message>
    <message>
        <source>How the till reaches its ESC/POS receipt printer.</source>
        <translation>Si lidhet arka me printerin e faturave ESC/POS.</translation>
    </message>
    <message>
        <source>N&amp;o printer</source>
        <translation>Pa &amp;printer</translation>
    </message>
    <message>
        <source>Ne&amp;twork (host or host:port)</source>
        <translation>Rr&amp;jet (host ose host:port)</translation>
    </message>
    <message>
        <source>Se&amp;rial port</source>
        <translation>Porta &amp;seriale</translation>
    </message>
    <message>
        <source>&amp;USB (vendor:product id)</source>
        <translation>&amp;USB (id prodhuesi:produkti)</translation>
    </message>
    <message>
        <source>Printer &amp;device file</source>
        <translation>Ske&amp;dari i pajisjes së printerit</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresa</translation>
    </message>
    <message>
        <source>&amp;Paper width</source>
        <translation>&amp;Gjerësia e letrës</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>VVVV-MM-DD</translation>
    </message>
    <message>
        <source>Agrees to receive messages</source>
        <translation>Pranon të marrë mesazhe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Ditëlindja</translation>
    </message>
</context>
<context>
    <name>ProgramForm</name>
    <message>
        <source>Lists and scopes (tiers, multipliers, promotions, which goods) as JSON</source>
        <translation>Lista dhe fusha (nivele, shumëzues, oferta, cilat mallra) si JSON</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>Lloji: {kind}</translation>
    </message>
</context>
<context>
    <name>ProgramsTab</name>
    <message>
        <source>Loyalty programs</source>
        <translation>Programet e besnikërisë</translation>
    </message>
    <message>
        <source>The head office does not let this till publish programs to the other shops: programs saved here work on this till only. They are sent once the office allows it.</source>
        <translation>Zyra qendrore nuk e lejon këtë arkë të publikojë programe për dyqanet e tjera: programet e ruajtura këtu funksionojnë vetëm në këtë arkë. Ato dërgohen sapo zyra ta lejojë.</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>E re nga shablloni</translation>
    </message>
    <message>
        <source>Save as a new version (F12)</source>
        <translation>Ruaj si version të ri (F12)</translation>
    </message>
    <message>
        <source>Example basket</source>
        <translation>Shporta shembull</translation>
    </message>
    <message>
        <source>Member&apos;s tier</source>
        <translation>Niveli i anëtarit</translation>
    </message>
    <message>
        <source>{name}
{kind} · version {version}</source>
        <translation>{name}
{kind} · versioni {version}</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>pa nivel</translation>
    </message>
    <message>
        <source>The example shows once the program can work.</source>
        <translation>Shembulli shfaqet sapo programi të mund të funksionojë.</translation>
    </message>
    <message>
        <source>Choose a program on the list, or a template and New from template.</source>
        <translation>Zgjidhni një program në listë, ose një shabllon dhe pastaj „E re nga shablloni”.</translation>
    </message>
    <message>
        <source>Lists and scopes, line {line}: {reason}</source>
        <translation>Lista dhe fusha, rreshti {line}: {reason}</translation>
    </message>
    <message>
        <source>{name}: the program can work.</source>
        <translation>{name}: programi mund të funksionojë.</translation>
    </message>
    <message>
        <source>Type an example basket amount.</source>
        <translation>Shkruani shumën e një shporte shembull.</translation>
    </message>
    <message>
        <source>a {tier} member</source>
        <translation>një anëtar {tier}</translation>
    </message>
    <message>
        <source>a member with no tier</source>
        <translation>një anëtar pa nivel</translation>
    </message>
    <message>
        <source>A {basket} basket for {who} gives:</source>
        <translation>Një shportë {basket} për {who} jep:</translation>
    </message>
    <message>
        <source>discount {discount}, to pay {to_pay}</source>
        <translation>zbritje {discount}, për të paguar {to_pay}</translation>
    </message>
    <message>
        <source>{points} points earned</source>
        <translation>{points} pikë të fituara</translation>
    </message>
    <message>
        <source>{name} saved as version {version}.</source>
        <translation>{name} u ruajt si versioni {version}.</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Quantity</source>
        <translation>Sasia</translation>
    </message>
    <message>
        <source>Quantity for {item}</source>
        <translation>Sasia për {item}</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>copë</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Anulo (Esc)</translation>
    </message>
    <message>
        <source>Type a quantity (whole pieces, or kilograms like 1.250).</source>
        <translation>Shkruani sasinë (copë të plota, ose kilogramë si 1,250).</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <source>Scanners and card readers</source>
        <translation>Skanerët dhe lexuesit e kartave</translation>
    </message>
    <message>
        <source>Where barcodes and member cards come from.</source>
        <translation>Nga vijnë barkodet dhe kartat e anëtarëve.</translation>
    </message>
    <message>
        <source>&amp;Keyboard wedge (the scanner types like a keyboard)</source>
        <translation>Skaner si tast&amp;ierë (skaneri shkruan si tastierë)</translation>
    </message>
    <message>
        <source>Se&amp;rial port (USB-CDC scanner or card reader)</source>
        <translation>Porta &amp;seriale (skaner ose lexues kartash USB-CDC)</translation>
    </message>
    <message>
        <source>&amp;Camera (its number: 0 is the first)</source>
        <translation>&amp;Kamera (numri i saj: 0 është e para)</translation>
    </message>
    <message>
        <source>N&amp;one: codes are typed</source>
        <translation>&amp;Asnjë: kodet shtypen me dorë</translation>
    </message>
    <message>
        <source>&amp;Port or camera</source>
        <translation>&amp;Porta ose kamera</translation>
    </message>
    <message>
        <source>Under a non-US keyboard layout a keyboard-wedge scanner gets letters wrong: only digits are safe.</source>
        <translation>Me një paraqitje tastiere jo-US, skaneri si tastierë i ngatërron shkronjat: vetëm shifrat janë të sigurta.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Anulo (Esc)</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>Konfirmo (Enter)</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>only digits are allowed</source>
        <translation>lejohen vetëm shifra</translation>
    </message>
    <message>
        <source>nothing was scanned</source>
        <translation>nuk u skanua asgjë</translation>
    </message>
    <message>
        <source>it contains control characters</source>
        <translation>përmban karaktere kontrolli</translation>
    </message>
    <message>
        <source>the check digit is wrong (scan it again)</source>
        <translation>shifra e kontrollit është e gabuar (skanojeni përsëri)</translation>
    </message>
    <message>
        <source>not a card number of this shop (check the digits)</source>
        <translation>nuk është numër karte i këtij dyqani (kontrolloni shifrat)</translation>
    </message>
    <message>
        <source>a discount cannot add to the price</source>
        <translation>një zbritje nuk mund ta rrisë çmimin</translation>
    </message>
    <message>
        <source>the quantity must be a whole number of thousandths</source>
        <translation>sasia duhet të jetë numër i plotë të mijtash</translation>
    </message>
    <message>
        <source>the quantity must be more than zero</source>
        <translation>sasia duhet të jetë më e madhe se zero</translation>
    </message>
    <message>
        <source>the quantity is too large</source>
        <translation>sasia është shumë e madhe</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>çmimi nuk mund të jetë negativ</translation>
    </message>
    <message>
        <source>order discounts are more than the order</source>
        <translation>zbritjet e porosisë janë më shumë se porosia</translation>
    </message>
    <message>
        <source>{product} is sold by the piece</source>
        <translation>{product} shitet me copë</translation>
    </message>
    <message>
        <source>discounts on {product} are more than its price</source>
        <translation>zbritjet për {product} janë më shumë se çmimi i tij</translation>
    </message>
    <message>
        <source>only {available} left</source>
        <translation>kanë mbetur vetëm {available}</translation>
    </message>
    <message>
        <source>say why</source>
        <translation>tregoni arsyen</translation>
    </message>
    <message>
        <source>a manager must be named</source>
        <translation>duhet të emërohet një menaxher</translation>
    </message>
    <message>
        <source>the amount is zero</source>
        <translation>shuma është zero</translation>
    </message>
    <message>
        <source>{name} cannot be topped up</source>
        <translation>{name} nuk mund të rimbushet</translation>
    </message>
    <message>
        <source>the least is {amount}</source>
        <translation>minimumi është {amount}</translation>
    </message>
    <message>
        <source>the most is {amount}</source>
        <translation>maksimumi është {amount}</translation>
    </message>
    <message>
        <source>a reason and a manager are needed to move a card&apos;s balance</source>
        <translation>për të kaluar gjendjen e një karte duhen një arsye dhe një menaxher</translation>
    </message>
    <message>
        <source>coupon {code}</source>
        <translation>kuponi {code}</translation>
    </message>
    <message>
        <source>paying with points</source>
        <translation>pagesa me pikë</translation>
    </message>
    <message>
        <source>goods payable with points</source>
        <translation>mallra që paguhen me pikë</translation>
    </message>
    <message>
        <source>{percent} cap</source>
        <translation>kufiri {percent}</translation>
    </message>
    <message>
        <source>offline limit</source>
        <translation>kufiri jashtë linje</translation>
    </message>
    <message>
        <source>{amount} costs {points} points</source>
        <translation>{amount} kushton {points} pikë</translation>
    </message>
    <message>
        <source>no bonus program in {currency} for this card</source>
        <translation>nuk ka program bonusi në {currency} për këtë kartë</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>pa kartë</translation>
    </message>
    <message>
        <source>remove the payments before changing the items</source>
        <translation>hiqni pagesat para se të ndryshoni artikujt</translation>
    </message>
    <message>
        <source>that payment is not part of this sale</source>
        <translation>kjo pagesë nuk është pjesë e kësaj shitjeje</translation>
    </message>
    <message>
        <source>a points payment must say how many points it spends</source>
        <translation>një pagesë me pikë duhet të tregojë sa pikë shpenzon</translation>
    </message>
    <message>
        <source>only a points payment spends points</source>
        <translation>vetëm një pagesë me pikë shpenzon pikë</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>shuma duhet të jetë më e madhe se zero</translation>
    </message>
    <message>
        <source>the sale is already paid</source>
        <translation>shitja është paguar tashmë</translation>
    </message>
    <message>
        <source>change can only be given from cash</source>
        <translation>kusuri mund të jepet vetëm nga paratë në dorë</translation>
    </message>
    <message>
        <source>the label carries no amount</source>
        <translation>etiketa nuk ka shumë</translation>
    </message>
    <message>
        <source>the quantity must be more than zero (use remove to take a line off)</source>
        <translation>sasia duhet të jetë më e madhe se zero (për të hequr një rresht përdorni heqjen)</translation>
    </message>
    <message>
        <source>{product} is not sold by weight</source>
        <translation>{product} nuk shitet me peshë</translation>
    </message>
    <message>
        <source>the shop has no gift card program in this currency</source>
        <translation>dyqani nuk ka program kartash dhuratë në këtë monedhë</translation>
    </message>
    <message>
        <source>say why the gift card is given</source>
        <translation>tregoni pse jepet karta dhuratë</translation>
    </message>
    <message>
        <source>gift card {card} has {left} left</source>
        <translation>karta dhuratë {card} ka mbetur me {left}</translation>
    </message>
    <message>
        <source>scan a member card with a points program first</source>
        <translation>fillimisht skanoni një kartë anëtari me program pikësh</translation>
    </message>
    <message>
        <source>read the gift card first</source>
        <translation>fillimisht lexoni kartën dhuratë</translation>
    </message>
    <message>
        <source>{product}: {quantity} left to return</source>
        <translation>{product}: mbeten {quantity} për kthim</translation>
    </message>
    <message>
        <source>{product} is returned by the piece</source>
        <translation>{product} kthehet me copë</translation>
    </message>
    <message>
        <source>it is a return receipt</source>
        <translation>është faturë kthimi</translation>
    </message>
    <message>
        <source>the sale was voided</source>
        <translation>shitja u anulua</translation>
    </message>
    <message>
        <source>no shift is open on this till</source>
        <translation>në këtë arkë nuk ka turn të hapur</translation>
    </message>
    <message>
        <source>the receipt changed while the return was prepared; start again</source>
        <translation>fatura ndryshoi ndërsa përgatitej kthimi; filloni përsëri</translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation>nuk ka artikuj</translation>
    </message>
    <message>
        <source>remove the payments first</source>
        <translation>fillimisht hiqni pagesat</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>RETURN</source>
        <translation>KTHIM</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Arka</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Arkëtari</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>Fatura origjinale</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Nëntotali</translation>
    </message>
    <message>
        <source>You saved</source>
        <translation>Kursyet</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTALI</translation>
    </message>
    <message>
        <source>VAT {rate} included</source>
        <translation>TVSH {rate} e përfshirë</translation>
    </message>
    <message>
        <source>({points} points)</source>
        <translation>({points} pikë)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Kusuri</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anëtar</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveli</translation>
    </message>
    <message>
        <source>To {tier}</source>
        <translation>Deri në {tier}</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Pikë të fituara</translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation>Pikë të shpenzuara</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Gjendja e pikëve</translation>
    </message>
    <message>
        <source>Points pending</source>
        <translation>Pikë në pritje</translation>
    </message>
    <message>
        <source>Gift card balance</source>
        <translation>Gjendja e kartës dhuratë</translation>
    </message>
    <message>
        <source>Expiring {date}</source>
        <translation>Skadon më {date}</translation>
    </message>
    <message>
        <source>Balance as of last sync</source>
        <translation>Gjendja sipas sinkronizimit të fundit</translation>
    </message>
    <message>
        <source>How did we do? Answer with this survey code:</source>
        <translation>Si ju shërbyem? Përgjigjuni me këtë kod ankete:</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Hapur</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Mbyllur</translation>
    </message>
    <message>
        <source>Sales ({count})</source>
        <translation>Shitje ({count})</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>Kthime ({count})</translation>
    </message>
    <message>
        <source>Voided sales</source>
        <translation>Shitje të anuluara</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Zbritje të dhëna</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Totali neto</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fondi i kusurit</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Kusur i dhënë</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Hyrje / dalje parash</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Para të pritura</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Para të numëruara</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferenca</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <source>Receipts</source>
        <translation>Faturat</translation>
    </message>
    <message>
        <source>Waiting for the printer</source>
        <translation>Në pritje të printerit</translation>
    </message>
    <message>
        <source>Nothing is waiting: every receipt was printed.</source>
        <translation>Asgjë nuk pret: çdo faturë u printua.</translation>
    </message>
    <message>
        <source>Copy of receipt no.</source>
        <translation>Kopje e faturës nr.</translation>
    </message>
    <message>
        <source>Enter prints a copy of this receipt; with the field empty, it prints the waiting one chosen.</source>
        <translation>Enter printon një kopje të kësaj fature; me fushën bosh, printon atë në pritje që është zgjedhur.</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Mbyll (Esc)</translation>
    </message>
    <message>
        <source>{count} tries</source>
        <translation>{count} përpjekje</translation>
    </message>
    <message>
        <source>Printing a copy of {number}…</source>
        <translation>Po printohet një kopje e {number}…</translation>
    </message>
    <message>
        <source>Printing again…</source>
        <translation>Po printohet përsëri…</translation>
    </message>
    <message>
        <source>{title} printed.</source>
        <translation>{title} u printua.</translation>
    </message>
    <message>
        <source>{title} did not print: {reason}</source>
        <translation>{title} nuk u printua: {reason}</translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <source>Return</source>
        <translation>Kthim</translation>
    </message>
    <message>
        <source>Return by receipt</source>
        <translation>Kthim me faturë</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Numri i faturës</translation>
    </message>
    <message>
        <source>Scan the receipt barcode or type its number</source>
        <translation>Skanoni barkodin e faturës ose shkruani numrin e saj</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikulli</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Shitur</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Mbetur</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimbursim</translation>
    </message>
    <message>
        <source>↑↓ choose a line · Space: all or none · a number then Enter: that many</source>
        <translation>↑↓ zgjidhni rreshtin · Hapësira: të gjitha ose asnjë · një numër pastaj Enter: aq sa</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Anulo (Esc)</translation>
    </message>
    <message>
        <source>Confirm return
F12 · manager PIN</source>
        <translation>Konfirmo kthimin
F12 · PIN-i i menaxherit</translation>
    </message>
    <message>
        <source> · member card</source>
        <translation> · kartë anëtari</translation>
    </message>
    <message>
        <source>Sale {number} of {time} · total {total}{card}</source>
        <translation>Shitja {number} e {time} · totali {total}{card}</translation>
    </message>
    <message>
        <source>Choose the lines to return.</source>
        <translation>Zgjidhni rreshtat për kthim.</translation>
    </message>
    <message>
        <source>({points} points back to the card)</source>
        <translation>({points} pikë kthehen në kartë)</translation>
    </message>
    <message>
        <source>Give back: {refunds}</source>
        <translation>Për t&apos;u kthyer: {refunds}</translation>
    </message>
    <message>
        <source>Points taken back from the card (earned on these items): {points}</source>
        <translation>Pikë të marra mbrapsht nga karta (të fituara për këta artikuj): {points}</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>Rimbursim {amount}</translation>
    </message>
    <message>
        <source>{typed} is not a quantity.</source>
        <translation>{typed} nuk është sasi.</translation>
    </message>
    <message>
        <source>Return of {amount} on receipt {number}</source>
        <translation>Kthim prej {amount} me faturën {number}</translation>
    </message>
    <message>
        <source>Writing the return…</source>
        <translation>Kthimi po regjistrohet…</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <source>Quantity</source>
        <translation>Sasia</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Hiq rreshtin</translation>
    </message>
    <message>
        <source>Price lookup</source>
        <translation>Kontrollo çmimin</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Hiq kartën</translation>
    </message>
    <message>
        <source>Park sale</source>
        <translation>Në pritje</translation>
    </message>
    <message>
        <source>Parked sales</source>
        <translation>Shitje në pritje</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Kthim</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Anulo shitjen</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Faturat</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Raporti X</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Mbyll turnin</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Menaxheri</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Paguaj</translation>
    </message>
    <message>
        <source>Sale {number} completed. Change: {change}</source>
        <translation>Shitja {number} përfundoi. Kusuri: {change}</translation>
    </message>
    <message>
        <source>Scan an item first, then set its quantity.</source>
        <translation>Fillimisht skanoni një artikull, pastaj vendosni sasinë.</translation>
    </message>
    <message>
        <source>{typed} is not a quantity.</source>
        <translation>{typed} nuk është sasi.</translation>
    </message>
    <message>
        <source>Choose a line with the arrow keys first.</source>
        <translation>Fillimisht zgjidhni një rresht me shigjetat.</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or type a code, then Enter</source>
        <translation>Skanoni ose shkruani një kod, pastaj Enter</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Give the shop a name.</source>
        <translation>Jepini dyqanit një emër.</translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation>Zgjidhni një monedhë nga lista.</translation>
    </message>
    <message>
        <source>The till cannot use that printer address.</source>
        <translation>Arka nuk mund ta përdorë këtë adresë printeri.</translation>
    </message>
    <message>
        <source>Type the scanner&apos;s serial port, like /dev/ttyACM0.</source>
        <translation>Shkruani portën seriale të skanerit, p.sh. /dev/ttyACM0.</translation>
    </message>
    <message>
        <source>A camera is chosen by its number: 0 is the first camera.</source>
        <translation>Kamera zgjidhet me numrin e saj: 0 është kamera e parë.</translation>
    </message>
    <message>
        <source>The office address starts with http:// or https://.</source>
        <translation>Adresa e zyrës fillon me http:// ose https://.</translation>
    </message>
    <message>
        <source>Type the one-time code the office gave you.</source>
        <translation>Shkruani kodin njëpërdorimësh që ju dha zyra.</translation>
    </message>
    <message>
        <source>The office refused the registration.</source>
        <translation>Zyra e refuzoi regjistrimin.</translation>
    </message>
    <message>
        <source>The office did not answer. Check the address, or choose no office.</source>
        <translation>Zyra nuk u përgjigj. Kontrolloni adresën ose zgjidhni pa zyrë.</translation>
    </message>
    <message>
        <source>Give the manager a name.</source>
        <translation>Jepini menaxherit një emër.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN-i ka 4 deri 12 shifra.</translation>
    </message>
    <message>
        <source>This database already holds a till.</source>
        <translation>Kjo bazë të dhënash ka tashmë një arkë.</translation>
    </message>
    <message>
        <source>The till could not be set up.</source>
        <translation>Arka nuk u konfigurua dot.</translation>
    </message>
    <message>
        <source>Kupa: set up this till</source>
        <translation>Kupa: konfiguroni këtë arkë</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tjetër</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Mb&amp;rapa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>&amp;Set up the till</source>
        <translation>&amp;Konfiguro arkën</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>Dy PIN-et ndryshojnë; shkruani të njëjtin PIN dy herë.</translation>
    </message>
    <message>
        <source>There is no time zone called %1.</source>
        <translation>Nuk ka zonë kohore me emrin %1.</translation>
    </message>
</context>
<context>
    <name>ShiftCloseDialog</name>
    <message>
        <source>Close shift</source>
        <translation>Mbyll turnin</translation>
    </message>
    <message>
        <source>Close the shift</source>
        <translation>Mbyllni turnin</translation>
    </message>
    <message>
        <source>Count all the cash in the drawer and type the amount.</source>
        <translation>Numëroni të gjitha paratë në sirtar dhe shkruani shumën.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Anulo (Esc)</translation>
    </message>
    <message>
        <source>Type the cash counted (0 if the drawer is empty).</source>
        <translation>Shkruani paratë e numëruara (0 nëse sirtari është bosh).</translation>
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation>Paratë e numëruara nuk mund të jenë negative.</translation>
    </message>
</context>
<context>
    <name>ShiftOpenPage</name>
    <message>
        <source>Open a shift</source>
        <translation>Hapni një turn</translation>
    </message>
    <message>
        <source>Count the cash in the drawer (the float) and type the amount.</source>
        <translation>Numëroni paratë në sirtar (fondin e kusurit) dhe shkruani shumën.</translation>
    </message>
    <message>
        <source>Log out (Esc)</source>
        <translation>Dil (Esc)</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Përshëndetje, {name}</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <source>Z report</source>
        <translation>Raporti Z</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Raporti X</translation>
    </message>
    <message>
        <source>Z report no. {number}</source>
        <translation>Raporti Z nr. {number}</translation>
    </message>
    <message>
        <source>X report (shift still open)</source>
        <translation>Raporti X (turni ende i hapur)</translation>
    </message>
    <message>
        <source>Print (F9)</source>
        <translation>Printo (F9)</translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation>Mbyll (Enter)</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Arka</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Arkëtari</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Hapur</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Mbyllur</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Shitjet</translation>
    </message>
    <message>
        <source>Sales ({count})</source>
        <translation>Shitje ({count})</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>Kthime ({count})</translation>
    </message>
    <message>
        <source>Voided sales</source>
        <translation>Shitje të anuluara</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Zbritje të dhëna</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Totali neto</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>Tatimi i përfshirë</translation>
    </message>
    <message>
        <source>VAT {rate} on {gross}</source>
        <translation>TVSH {rate} mbi {gross}</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagesat</translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation>Pikë të shpenzuara</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Sirtari i parave</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fondi i kusurit</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Kusur i dhënë</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Hyrje / dalje parash</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Para të pritura</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Para të numëruara</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Tepricë</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Mungesë</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Saktë</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>U dërgua te printeri.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>Dyqani juaj</translation>
    </message>
    <message>
        <source>The name printed on every receipt, the language of the till and its money.</source>
        <translation>Emri që shtypet në çdo faturë, gjuha e arkës dhe monedha e saj.</translation>
    </message>
    <message>
        <source>Shop na&amp;me</source>
        <translation>E&amp;mri i dyqanit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Gjuha</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>Mo&amp;nedha</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona kohore</translation>
    </message>
</context>
<context>
    <name>Tender</name>
    <message>
        <source>Cash</source>
        <translation>Para në dorë</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartë</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pikë</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Kartë dhuratë</translation>
    </message>
</context>
<context>
    <name>TillFlows</name>
    <message>
        <source>Void this sale of {total}</source>
        <translation>Anulo këtë shitje prej {total}</translation>
    </message>
    <message>
        <source>Finish or park the sale first, then take the return.</source>
        <translation>Fillimisht përfundoni ose lëreni në pritje shitjen, pastaj pranoni kthimin.</translation>
    </message>
    <message>
        <source>Return {number} done: give back {amount}.</source>
        <translation>Kthimi {number} u krye: ktheni {amount}.</translation>
    </message>
    <message>
        <source>Finish or park the sale first.</source>
        <translation>Fillimisht përfundoni ose lëreni në pritje shitjen.</translation>
    </message>
    <message>
        <source>Open the manager tools</source>
        <translation>Hap mjetet e menaxherit</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <source>Office: checking…</source>
        <translation>Zyra: po kontrollohet…</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>Printeri: i pakonfiguruar</translation>
    </message>
    <message>
        <source>Scanner: keyboard only</source>
        <translation>Skaneri: vetëm tastiera</translation>
    </message>
    <message>
        <source>{count} queued</source>
        <translation>{count} në radhë</translation>
    </message>
    <message>
        <source>Office: online</source>
        <translation>Zyra: në linjë</translation>
    </message>
    <message>
        <source>Office: offline {minutes} min</source>
        <translation>Zyra: jashtë linje {minutes} min</translation>
    </message>
    <message>
        <source>Office: refused the sync</source>
        <translation>Zyra: e refuzoi sinkronizimin</translation>
    </message>
    <message>
        <source>Office: register this till again</source>
        <translation>Zyra: regjistrojeni përsëri këtë arkë</translation>
    </message>
    <message>
        <source>Office: not set up (offline)</source>
        <translation>Zyra: e pakonfiguruar (jashtë linje)</translation>
    </message>
    <message>
        <source>Office: sync stopped</source>
        <translation>Zyra: sinkronizimi ndaloi</translation>
    </message>
    <message>
        <source>The head office no longer accepts this till: it was revoked there, or registered again on another computer. Sales stay queued here and nothing is lost. Ask the office for a new code and register the till again.</source>
        <translation>Zyra qendrore nuk e pranon më këtë arkë: u revokua atje, ose u regjistrua përsëri në një kompjuter tjetër. Shitjet mbeten në radhë këtu dhe asgjë nuk humbet. Kërkojini zyrës një kod të ri dhe regjistrojeni arkën përsëri.</translation>
    </message>
    <message>
        <source>programs kept on this till: {count}</source>
        <translation>programe të mbajtura në këtë arkë: {count}</translation>
    </message>
    <message>
        <source>The head office does not let this till publish loyalty programs to the other shops. Programs saved here work on this till only. Once the office allows it, they are sent at the next sync.</source>
        <translation>Zyra qendrore nuk e lejon këtë arkë të publikojë programe besnikërie për dyqanet e tjera. Programet e ruajtura këtu funksionojnë vetëm në këtë arkë. Sapo zyra ta lejojë, ato dërgohen në sinkronizimin e radhës.</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>Nuk ka turn të hapur</translation>
    </message>
    <message>
        <source>Shift since {time}</source>
        <translation>Turni nga {time}</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Askush nuk ka hyrë</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <source>Kupa — {shop}, till {till}</source>
        <translation>Kupa — {shop}, arka {till}</translation>
    </message>
    <message>
        <source>The sale that was open when the till stopped is back.</source>
        <translation>Shitja që ishte e hapur kur arka ndaloi është rikthyer.</translation>
    </message>
    <message>
        <source>{time} by {name}</source>
        <translation>{time} nga {name}</translation>
    </message>
    <message>
        <source>Sale {number} voided.</source>
        <translation>Shitja {number} u anulua.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Në vazhdim</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Subtotal</source>
        <translation>Nëntotali</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Zbritjet</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>Tatimi i përfshirë</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totali</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paguar</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Për t&apos;u paguar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Kusuri</translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message>
        <source>Import and export CSV</source>
        <translation>Import dhe eksport CSV</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produktet</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anëtarët</translation>
    </message>
    <message>
        <source>/path/to/file.csv</source>
        <translation>/shtegu/te/skedari.csv</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Zgjidh…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Çfarë</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Skedari</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporto</translation>
    </message>
    <message>
        <source>The file is checked whole first: if any row is wrong, nothing is imported and every bad row is listed.</source>
        <translation>Skedari kontrollohet i tëri më parë: nëse ndonjë rresht është i gabuar, nuk importohet asgjë dhe çdo rresht i gabuar listohet.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Skedar CSV</translation>
    </message>
    <message>
        <source>Choose the file first.</source>
        <translation>Zgjidhni fillimisht skedarin.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Po kontrollohet skedari…</translation>
    </message>
    <message>
        <source>{rows} rows imported: {created} new, {updated} updated.</source>
        <translation>U importuan {rows} rreshta: {created} të rinj, {updated} të përditësuar.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} bad row(s) of {rows}. Correct them and import again.</source>
        <translation>Nuk u importua asgjë: {count} rreshta të gabuar nga {rows}. Korrigjojini dhe importoni përsëri.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Rreshti {line}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {column} {reason}</source>
        <translation>Rreshti {line}, kolona “{column}”: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Skedari nuk mund të lexohet: {reason}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Po eksportohet…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>U eksportua në {path}.</translation>
    </message>
</context>
</TS>
