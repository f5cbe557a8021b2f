<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka_GE" sourcelanguage="en">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust points</source>
        <translation>ქულების შესწორება</translation>
    </message>
    <message>
        <source>Adjust the points of card {card}</source>
        <translation>ბარათის {card} ქულების შესწორება</translation>
    </message>
    <message>
        <source>e.g. 50 or -12.5</source>
        <translation>მაგ. 50 ან -12.5</translation>
    </message>
    <message>
        <source>Why (kept in the audit trail)</source>
        <translation>მიზეზი (ინახება აუდიტის ჟურნალში)</translation>
    </message>
    <message>
        <source>Points (+ add, − take)</source>
        <translation>ქულები (+ დამატება, − ჩამოჭრა)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>მიზეზი</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>მენეჯერის PIN</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>გაუქმება (Esc)</translation>
    </message>
    <message>
        <source>Adjust (Enter)</source>
        <translation>შესწორება (Enter)</translation>
    </message>
    <message>
        <source>Type the points to add, or a minus sign and the points to take.</source>
        <translation>აკრიფეთ დასამატებელი ქულები, ან მინუსი და ჩამოსაჭრელი ქულები.</translation>
    </message>
    <message>
        <source>Say why the points change.</source>
        <translation>მიუთითეთ, რატომ იცვლება ქულები.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>მოწმდება…</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>მენეჯერის დადასტურება</translation>
    </message>
    <message>
        <source>Manager PIN to approve:</source>
        <translation>მენეჯერის PIN დასადასტურებლად:</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>გაუქმება (Esc)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>მოწმდება…</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Audit trail</source>
        <translation>აუდიტის ჟურნალი</translation>
    </message>
    <message>
        <source>Newest first. Entries are never changed or removed.</source>
        <translation>ჯერ უახლესი. ჩანაწერები არასდროს იცვლება და არ იშლება.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>განახლება</translation>
    </message>
    <message>
        <source>When</source>
        <translation>როდის</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ვინ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>რა</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>დეტალები</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>დაამტკიცა</translation>
    </message>
</context>
<context>
    <name>CardStatus</name>
    <message>
        <source>blocked</source>
        <translation>დაბლოკილია</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>შეცვლილია</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>Item</source>
        <translation>საქონელი</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>რაოდ.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ფასი</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>ფასდაკლება</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ჯამი</translation>
    </message>
</context>
<context>
    <name>CheckoutBridge</name>
    <message>
        <source>Please wait: the last sale is still being saved.</source>
        <translation>მოიცადეთ: ბოლო გაყიდვა ჯერ კიდევ ინახება.</translation>
    </message>
    <message>
        <source>No sale is open: log in and open a shift.</source>
        <translation>გაყიდვა არ არის გახსნილი: შედით და გახსენით ცვლა.</translation>
    </message>
    <message>
        <source>Sale parked: {label}</source>
        <translation>გაყიდვა გადაიდო: {label}</translation>
    </message>
    <message>
        <source>Park or finish the sale in progress first.</source>
        <translation>ჯერ გადადეთ ან დაასრულეთ მიმდინარე გაყიდვა.</translation>
    </message>
    <message>
        <source>No longer sold, left out: {names}</source>
        <translation>აღარ იყიდება, ამოღებულია: {names}</translation>
    </message>
</context>
<context>
    <name>DeviceBridge</name>
    <message>
        <source>Scanner: keyboard wedge</source>
        <translation>სკანერი: კლავიატურით</translation>
    </message>
    <message>
        <source>Scanner: typed codes only</source>
        <translation>სკანერი: მხოლოდ აკრეფილი კოდები</translation>
    </message>
    <message>
        <source>Scanner: ready</source>
        <translation>სკანერი: მზადაა</translation>
    </message>
    <message>
        <source>Scanner: {name} not connected</source>
        <translation>სკანერი: {name} არ არის მიერთებული</translation>
    </message>
    <message>
        <source>Scanner: {name} starting</source>
        <translation>სკანერი: {name} ირთვება</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>amount in {got} where {expected} is expected</source>
        <translation>თანხა {got}-ში, როცა მოსალოდნელია {expected}</translation>
    </message>
    <message>
        <source>no product has barcode {code}</source>
        <translation>შტრიხკოდით {code} საქონელი არ არის</translation>
    </message>
    <message>
        <source>barcode {code} cannot be read: {reason}</source>
        <translation>შტრიხკოდი {code} ვერ იკითხება: {reason}</translation>
    </message>
    <message>
        <source>quantity not accepted: {reason}</source>
        <translation>რაოდენობა არ მიიღება: {reason}</translation>
    </message>
    <message>
        <source>that line is not in this sale</source>
        <translation>ეს ხაზი ამ გაყიდვაში არ არის</translation>
    </message>
    <message>
        <source>discount not accepted: {reason}</source>
        <translation>ფასდაკლება არ მიიღება: {reason}</translation>
    </message>
    <message>
        <source>{kind} payment of {amount} is more than the {due} still due; only cash can give change</source>
        <translation>გადახდა ({kind}) {amount} აღემატება დარჩენილ {due}-ს; ხურდას მხოლოდ ნაღდი ფული იძლევა</translation>
    </message>
    <message>
        <source>payment not accepted: {reason}</source>
        <translation>გადახდა არ მიიღება: {reason}</translation>
    </message>
    <message>
        <source>{due} is still to pay</source>
        <translation>გადასახდელი რჩება {due}</translation>
    </message>
    <message>
        <source>the sale is already {state}</source>
        <translation>გაყიდვა უკვე {state}</translation>
    </message>
    <message>
        <source>the sale has no items</source>
        <translation>გაყიდვაში საქონელი არ არის</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>უნდა იყოს JSON ობიექტი (სახელდებული მნიშვნელობები)</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>უცნობია</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>უნდა იყოს სია [ ]</translation>
    </message>
    <message>
        <source>must be yes/no</source>
        <translation>უნდა იყოს კი/არა (true ან false)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>უნდა იყოს მთელი რიცხვი</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>უნდა იყოს ტექსტი</translation>
    </message>
    <message>
        <source>must be a date and time with its timezone</source>
        <translation>უნდა იყოს თარიღი და დრო, დროის სარტყლით</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>უნდა იყოს თარიღი (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>უნდა იყოს ერთ-ერთი: {allowed}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>აკლია</translation>
    </message>
    <message>
        <source>must be given, without &apos;:&apos;</source>
        <translation>სავალდებულოა, „:“ ნიშნის გარეშე</translation>
    </message>
    <message>
        <source>is an amount or a percentage</source>
        <translation>ან თანხაა, ან პროცენტი — მხოლოდ ერთ-ერთი</translation>
    </message>
    <message>
        <source>{what}: {field} {reason}</source>
        <translation>{what}, ველი „{field}“: {reason}</translation>
    </message>
    <message>
        <source>this card is blocked; it cannot earn or spend</source>
        <translation>ეს ბარათი დაბლოკილია; მისით ვერც დაგროვება და ვერც ხარჯვა ხდება</translation>
    </message>
    <message>
        <source>the card has {available} points available; {wanted} were asked for</source>
        <translation>ბარათზე ხელმისაწვდომია {available} ქულა; მოთხოვნილია {wanted}</translation>
    </message>
    <message>
        <source>points can be spent from a balance of {minimum}; the card has {available}</source>
        <translation>ქულების დახარჯვა შესაძლებელია {minimum} ნაშთიდან; ბარათზეა {available}</translation>
    </message>
    <message>
        <source>{what} needs a receipt of at least {minimum}; this one is {total}</source>
        <translation>{what} მოითხოვს მინიმუმ {minimum} ჩეკს; ეს ჩეკი არის {total}</translation>
    </message>
    <message>
        <source>at most {limit} may be paid with points here ({reason}); {asked} was asked</source>
        <translation>აქ ქულებით გადახდა შეიძლება არაუმეტეს {limit} ({reason}); მოთხოვნილია {asked}</translation>
    </message>
    <message>
        <source>points cannot pay for this sale: {reason}</source>
        <translation>ამ გაყიდვის ქულებით გადახდა შეუძლებელია: {reason}</translation>
    </message>
    <message>
        <source>coupon {code} is not known</source>
        <translation>კუპონი {code} უცნობია</translation>
    </message>
    <message>
        <source>coupon {code} can be used from {day}</source>
        <translation>კუპონი {code} მოქმედებს {day}-დან</translation>
    </message>
    <message>
        <source>coupon {code} expired on {day}</source>
        <translation>კუპონს {code} ვადა გაუვიდა {day}</translation>
    </message>
    <message>
        <source>coupon {code} has already been used ({uses} of {uses})</source>
        <translation>კუპონი {code} უკვე გამოყენებულია ({uses} / {uses})</translation>
    </message>
    <message>
        <source>that gift card is not known</source>
        <translation>ეს სასაჩუქრე ბარათი უცნობია</translation>
    </message>
    <message>
        <source>the gift card&apos;s balance of {expired} has expired</source>
        <translation>სასაჩუქრე ბარათის ნაშთს ({expired}) ვადა გაუვიდა</translation>
    </message>
    <message>
        <source>the gift card has {available}; {wanted} was asked for</source>
        <translation>სასაჩუქრე ბარათზეა {available}; მოთხოვნილია {wanted}</translation>
    </message>
    <message>
        <source>gift card amount not accepted: {reason}</source>
        <translation>სასაჩუქრე ბარათის თანხა არ მიიღება: {reason}</translation>
    </message>
    <message>
        <source>the card has {available} stamps; {wanted} are needed</source>
        <translation>ბარათზეა {available} შტამპი; საჭიროა {wanted}</translation>
    </message>
    <message>
        <source>adjustment not accepted: {reason}</source>
        <translation>კორექტირება არ მიიღება: {reason}</translation>
    </message>
    <message>
        <source>more is being returned than was sold on this line</source>
        <translation>ამ ხაზზე უფრო მეტი ბრუნდება, ვიდრე გაიყიდა</translation>
    </message>
    <message>
        <source>coupon {code} has been withdrawn by the shop</source>
        <translation>კუპონი {code} მაღაზიამ გააუქმა</translation>
    </message>
    <message>
        <source>is not a known timezone</source>
        <translation>უცნობი დროის სარტყელია</translation>
    </message>
    <message>
        <source>list each category once</source>
        <translation>თითო კატეგორია მხოლოდ ერთხელ უნდა იყოს</translation>
    </message>
    <message>
        <source>must be within {lowest}-{highest}</source>
        <translation>საათები {lowest}-დან {highest}-მდე, დასაწყისი დასასრულზე ადრე</translation>
    </message>
    <message>
        <source>are 0 (Mon)-6 (Sun)</source>
        <translation>დღეები 0-დან (ორშაბათი) 6-მდე (კვირა)</translation>
    </message>
    <message>
        <source>must end before points expire</source>
        <translation>ქულების ვადის გასვლამდე უნდა დასრულდეს</translation>
    </message>
    <message>
        <source>must not be before {field}</source>
        <translation>{field}-ზე ადრე ვერ იქნება</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>უარყოფითი ვერ იქნება</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>ნულზე მეტი უნდა იყოს</translation>
    </message>
    <message>
        <source>must be {lowest}-{highest}</source>
        <translation>უნდა იყოს {lowest}-დან {highest}-მდე</translation>
    </message>
    <message>
        <source>must be 0-{maximum} in basis points</source>
        <translation>უნდა იყოს 0-დან {maximum}-მდე, საბაზისო პუნქტებში</translation>
    </message>
    <message>
        <source>must be an ISO 4217 code</source>
        <translation>უნდა იყოს ვალუტის კოდი ISO 4217-ით (მაგ. GEL)</translation>
    </message>
    <message>
        <source>must be {lowest} or more</source>
        <translation>მინიმუმ {lowest} უნდა იყოს</translation>
    </message>
    <message>
        <source>must list at least one tier</source>
        <translation>მინიმუმ ერთი დონე უნდა იყოს</translation>
    </message>
    <message>
        <source>need distinct names</source>
        <translation>დონეებს განსხვავებული სახელები სჭირდება</translation>
    </message>
    <message>
        <source>must divide a year</source>
        <translation>თვეების რიცხვმა წელი თანაბრად უნდა გაყოს (1, 2, 3, 4, 6 ან 12)</translation>
    </message>
    <message>
        <source>must not be below {field}</source>
        <translation>{field}-ზე ნაკლები ვერ იქნება</translation>
    </message>
    <message>
        <source>needs a timezone</source>
        <translation>დროის სარტყელი აკლია</translation>
    </message>
    <message>
        <source>must be after {field}</source>
        <translation>{field}-ის შემდეგ უნდა იყოს</translation>
    </message>
    <message>
        <source>is {found}, not {expected}</source>
        <translation>არის {found} და არა {expected}</translation>
    </message>
    <message>
        <source>must be higher than the tier before</source>
        <translation>წინა დონის ზღვარზე მაღალი უნდა იყოს</translation>
    </message>
    <message>
        <source>{kind} is not a kind of program</source>
        <translation>{kind} პროგრამის უცნობი სახეობაა</translation>
    </message>
    <message>
        <source>must be {expected}</source>
        <translation>უნდა იყოს {expected}</translation>
    </message>
    <message>
        <source>is longer than {longest} characters</source>
        <translation>{longest} სიმბოლოზე გრძელია</translation>
    </message>
    <message>
        <source>is not a plausible date of birth</source>
        <translation>არ ჰგავს დაბადების რეალურ თარიღს</translation>
    </message>
    <message>
        <source>{field} {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>must be given</source>
        <translation>სავალდებულოა</translation>
    </message>
    <message>
        <source>must be digits, spaces or dashes, with an optional + in front</source>
        <translation>დაშვებულია მხოლოდ ციფრები, ჰარები და ტირეები, დასაწყისში შეიძლება + ნიშანი</translation>
    </message>
    <message>
        <source>is not a valid address</source>
        <translation>მისამართი არასწორია</translation>
    </message>
    <message>
        <source>card {card} is not known here</source>
        <translation>ბარათი {card} აქ უცნობია</translation>
    </message>
    <message>
        <source>card {card} is {status}: {reason}</source>
        <translation>ბარათი {card} {status}: {reason}</translation>
    </message>
    <message>
        <source>card {card} is {status}</source>
        <translation>ბარათი {card} {status}</translation>
    </message>
    <message>
        <source>{code} is used by {name}</source>
        <translation>{code} უკვე გამოიყენება: {name}</translation>
    </message>
    <message>
        <source>must stay {kind} (save it under a new id)</source>
        <translation>სახეობა უნდა დარჩეს {kind} (სხვა სახეობისთვის შეინახეთ ახალი id-ით)</translation>
    </message>
    <message>
        <source>no sale with receipt number {number}</source>
        <translation>ჩეკის ნომრით {number} გაყიდვა არ არის</translation>
    </message>
    <message>
        <source>choose at least one line to return</source>
        <translation>აირჩიეთ დასაბრუნებლად ერთი ხაზი მაინც</translation>
    </message>
    <message>
        <source>this receipt cannot be returned: {reason}</source>
        <translation>ამ ჩეკით დაბრუნება შეუძლებელია: {reason}</translation>
    </message>
    <message>
        <source>this sale cannot be parked: {reason}</source>
        <translation>ამ გაყიდვის გადადება შეუძლებელია: {reason}</translation>
    </message>
    <message>
        <source>must be a date like {example}</source>
        <translation>უნდა იყოს თარიღი, მაგალითად {example}</translation>
    </message>
    <message>
        <source>No product has the code {code}.</source>
        <translation>კოდით {code} საქონელი არ მოიძებნა.</translation>
    </message>
    <message>
        <source>The code {code} cannot be read: {reason}.</source>
        <translation>კოდი {code} ვერ წაიკითხა: {reason}.</translation>
    </message>
    <message>
        <source>Quantity not accepted: {reason}.</source>
        <translation>რაოდენობა არ მიიღება: {reason}.</translation>
    </message>
    <message>
        <source>Discount not accepted: {reason}.</source>
        <translation>ფასდაკლება არ მიიღება: {reason}.</translation>
    </message>
    <message>
        <source>Payment not accepted: {reason}.</source>
        <translation>გადახდა არ მიიღება: {reason}.</translation>
    </message>
    <message>
        <source>A {kind} payment cannot be more than the {due} still due; only cash gives change.</source>
        <translation>გადახდა ({kind}) ვერ აღემატება დარჩენილ {due}-ს; ხურდას მხოლოდ ნაღდი ფული იძლევა.</translation>
    </message>
    <message>
        <source>{due} is still to pay.</source>
        <translation>გადასახდელი რჩება {due}.</translation>
    </message>
    <message>
        <source>The sale has no items.</source>
        <translation>გაყიდვაში საქონელი არ არის.</translation>
    </message>
    <message>
        <source>This sale is already finished.</source>
        <translation>ეს გაყიდვა უკვე დასრულებულია.</translation>
    </message>
    <message>
        <source>That line is no longer in the sale.</source>
        <translation>ეს ხაზი გაყიდვაში აღარ არის.</translation>
    </message>
    <message>
        <source>That amount is in another currency.</source>
        <translation>ეს თანხა სხვა ვალუტაშია.</translation>
    </message>
    <message>
        <source>That is not an amount.</source>
        <translation>ეს თანხა არ არის.</translation>
    </message>
    <message>
        <source>Open a shift before selling.</source>
        <translation>გაყიდვამდე გახსენით ცვლა.</translation>
    </message>
    <message>
        <source>Card {card} is not known here. The sale goes on without a card.</source>
        <translation>ბარათი {card} აქ უცნობია. გაყიდვა გრძელდება ბარათის გარეშე.</translation>
    </message>
    <message>
        <source>Card {card} is {status}: {reason}. The sale goes on without a card.</source>
        <translation>ბარათი {card} {status}: {reason}. გაყიდვა გრძელდება ბარათის გარეშე.</translation>
    </message>
    <message>
        <source>Card {card} is {status}. The sale goes on without a card.</source>
        <translation>ბარათი {card} {status}. გაყიდვა გრძელდება ბარათის გარეშე.</translation>
    </message>
    <message>
        <source>Wrong PIN ({left} attempts left).</source>
        <translation>არასწორი PIN (დარჩა {left} მცდელობა).</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in a few minutes or ask a manager.</source>
        <translation>ძალიან ბევრი არასწორი PIN: სცადეთ რამდენიმე წუთში ან მიმართეთ მენეჯერს.</translation>
    </message>
    <message>
        <source>Too many wrong PINs at this till: PIN entry is paused for a few minutes.</source>
        <translation>ამ სალაროში ძალიან ბევრი არასწორი PIN-კოდი შეიყვანეს: PIN-კოდის შეყვანა რამდენიმე წუთით შეჩერებულია.</translation>
    </message>
    <message>
        <source>The till&apos;s disk is full, so nothing was saved. The sale stays open: ask a manager to free some space, then complete it again.</source>
        <translation>სალაროს დისკი სავსეა, ამიტომ არაფერი შენახულა. გაყიდვა ღია რჩება: სთხოვეთ მენეჯერს ადგილის გათავისუფლება, შემდეგ კვლავ დაასრულეთ.</translation>
    </message>
    <message>
        <source>The till cannot write to its database (the disk is read-only or failing), so nothing was saved. The sale stays open: call for help, then complete it again.</source>
        <translation>სალარო ვერ წერს თავის მონაცემთა ბაზაში (დისკი მხოლოდ წაკითხვადია ან გაუმართავია), ამიტომ არაფერი შენახულა. გაყიდვა ღია რჩება: მოითხოვეთ დახმარება, შემდეგ კვლავ დაასრულეთ.</translation>
    </message>
    <message>
        <source>A manager PIN is needed for this.</source>
        <translation>ამისთვის საჭიროა მენეჯერის PIN.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN შედგება 4–12 ციფრისგან.</translation>
    </message>
    <message>
        <source>A shift is already open on this till.</source>
        <translation>ამ სალაროზე ცვლა უკვე გახსნილია.</translation>
    </message>
    <message>
        <source>No shift is open on this till.</source>
        <translation>ამ სალაროზე ცვლა არ არის გახსნილი.</translation>
    </message>
    <message>
        <source>That parked sale is no longer there.</source>
        <translation>ეს გადადებული გაყიდვა აღარ არსებობს.</translation>
    </message>
    <message>
        <source>This sale cannot be parked: {reason}.</source>
        <translation>ამ გაყიდვის გადადება შეუძლებელია: {reason}.</translation>
    </message>
    <message>
        <source>The printer did not print: {reason}.</source>
        <translation>პრინტერმა ვერ დაბეჭდა: {reason}.</translation>
    </message>
    <message>
        <source>No sale has the receipt number {number}.</source>
        <translation>ჩეკის ნომრით {number} გაყიდვა არ მოიძებნა.</translation>
    </message>
    <message>
        <source>Choose at least one line to return.</source>
        <translation>დასაბრუნებლად აირჩიეთ ერთი ხაზი მაინც.</translation>
    </message>
    <message>
        <source>This receipt cannot be returned: {reason}.</source>
        <translation>ამ ჩეკით დაბრუნება შეუძლებელია: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>რაღაც შეცდომა მოხდა: {error}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ელ-ფოსტა</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>დაბადების დღე</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line {line}: {reason}</source>
        <translation>სტრიქონი {line}: {reason}</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>უნდა იყოს yes ან no</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>უნდა იყოს თარიღი (YYYY-MM-DD ან DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>line {line}: {column} {reason}</source>
        <translation>სტრიქონი {line}, სვეტი „{column}“: {reason}</translation>
    </message>
    <message>
        <source>{errors} bad row(s) of {rows}, nothing imported; first: {first}</source>
        <translation>{rows}-დან {errors} სტრიქონი არასწორია, არაფერი იმპორტირდა; პირველი: {first}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ცარიელია</translation>
    </message>
    <message>
        <source>{value} is already on line {earlier}</source>
        <translation>{value} უკვე არის სტრიქონში {earlier}</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>უარყოფითი ვერ იქნება</translation>
    </message>
    <message>
        <source>must be 100% or less</source>
        <translation>არაუმეტეს 100% უნდა იყოს</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>მიზეზი მითითებული არ არის</translation>
    </message>
    <message>
        <source>a column is named twice</source>
        <translation>ერთი სვეტი სათაურში ორჯერ არის</translation>
    </message>
    <message>
        <source>must be pc or kg</source>
        <translation>უნდა იყოს pc ან kg</translation>
    </message>
    <message>
        <source>must be digits</source>
        <translation>დაშვებულია მხოლოდ ციფრები</translation>
    </message>
    <message>
        <source>need a card number to go on</source>
        <translation>ქულების ჩასარიცხად საჭიროა ბარათის ნომერი სვეტში „card“</translation>
    </message>
    <message>
        <source>unknown column &apos;{name}&apos;</source>
        <translation>უცნობი სვეტი „{name}“</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a percentage</source>
        <translation>„{text}“ პროცენტი არ არის</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of points</source>
        <translation>„{text}“ ქულების რაოდენობა არ არის</translation>
    </message>
    <message>
        <source>the column &apos;{name}&apos; is missing</source>
        <translation>აკლია სვეტი „{name}“</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount</source>
        <translation>„{text}“ თანხა არ არის</translation>
    </message>
    <message>
        <source>the row has {count} fields; the header has {expected}</source>
        <translation>სტრიქონში {count} ველია, სათაურში კი {expected}</translation>
    </message>
    <message>
        <source>{code} is not a barcode with a right check digit</source>
        <translation>{code} არ არის შტრიხკოდი სწორი საკონტროლო ციფრით</translation>
    </message>
    <message>
        <source>must be 6 to 24 digits</source>
        <translation>უნდა შედგებოდეს 6–24 ციფრისგან</translation>
    </message>
    <message>
        <source>has a wrong check digit</source>
        <translation>საკონტროლო ციფრი არასწორია</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ფაილი ცარიელია</translation>
    </message>
    <message>
        <source>{number} is already used</source>
        <translation>{number} უკვე გამოყენებულია</translation>
    </message>
    <message>
        <source>{category} is not a category of this shop</source>
        <translation>{category} ამ მაღაზიის კატეგორია არ არის</translation>
    </message>
    <message>
        <source>{code} belongs to another product</source>
        <translation>{code} სხვა საქონელს ეკუთვნის</translation>
    </message>
</context>
<context>
    <name>IssueTab</name>
    <message>
        <source>Issue a card</source>
        <translation>ბარათის გაცემა</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>ახალი წევრი</translation>
    </message>
    <message>
        <source>Existing member</source>
        <translation>არსებული წევრი</translation>
    </message>
    <message>
        <source>Empty: the next number; or scan a pre-printed card</source>
        <translation>ცარიელი: შემდეგი ნომერი; ან დაასკანერეთ წინასწარ დაბეჭდილი ბარათი</translation>
    </message>
    <message>
        <source>Card programme</source>
        <translation>ბარათის პროგრამა</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>ბარათის ნომერი</translation>
    </message>
    <message>
        <source>Issue and print (F12)</source>
        <translation>გაცემა და ბეჭდვა (F12)</translation>
    </message>
    <message>
        <source>Write the magstripe</source>
        <translation>მაგნიტური ზოლის ჩაწერა</translation>
    </message>
    <message>
        <source>The printed card appears here.</source>
        <translation>დაბეჭდილი ბარათი აქ გამოჩნდება.</translation>
    </message>
    <message>
        <source>The card goes to {name}.</source>
        <translation>ბარათი გაიცემა: {name}.</translation>
    </message>
    <message>
        <source>The shop has no card programme yet: add one under Programs.</source>
        <translation>მაღაზიას ჯერ არ აქვს ბარათის პროგრამა: დაამატეთ „პროგრამებში“.</translation>
    </message>
    <message>
        <source>Find the member first, then press Enter to choose them.</source>
        <translation>ჯერ იპოვეთ წევრი, შემდეგ დააჭირეთ Enter-ს მის ასარჩევად.</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>გაიცემა…</translation>
    </message>
    <message>
        <source>Card {number} issued to {name}. Welcome bonus: {points} points.</source>
        <translation>ბარათი {number} გაიცა: {name}. მისასალმებელი ბონუსი: {points} ქულა.</translation>
    </message>
    <message>
        <source>Printed to {png} and {pdf}.</source>
        <translation>დაიბეჭდა: {png} და {pdf}.</translation>
    </message>
    <message>
        <source>The card was issued but not printed: {reason}</source>
        <translation>ბარათი გაიცა, მაგრამ არ დაიბეჭდა: {reason}</translation>
    </message>
    <message>
        <source>No card encoder is set up on this till: the card works by its barcode.</source>
        <translation>ამ სალაროზე ბარათის ენკოდერი არ არის: ბარათი შტრიხკოდით მუშაობს.</translation>
    </message>
    <message>
        <source>Swipe the card through the encoder now…</source>
        <translation>ახლა გაატარეთ ბარათი ენკოდერში…</translation>
    </message>
    <message>
        <source>Magstripe written and read back correctly.</source>
        <translation>მაგნიტური ზოლი ჩაიწერა და სწორად წაიკითხა.</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete the last digit</source>
        <translation>ბოლო ციფრის წაშლა</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>გასუფთავება</translation>
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
        <translation>ძირითადი მაჩვენებლები, ბოლო 12 თვე</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV ექსპორტი</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>განმეორებითი შესყიდვის წილი</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>აქტიური წევრები</translation>
    </message>
    <message>
        <source>Receipts with a card</source>
        <translation>ჩეკები ბარათით</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>ქულების გამოყენების წილი</translation>
    </message>
    <message>
        <source>Average receipt, members</source>
        <translation>საშუალო ჩეკი, წევრები</translation>
    </message>
    <message>
        <source>Average receipt, others</source>
        <translation>საშუალო ჩეკი, სხვები</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>მომხმარებლის სიცოცხლის ღირებულება</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>გადინება</translation>
    </message>
    <message>
        <source>Points outstanding (liability)</source>
        <translation>გამოუყენებელი ქულები (ვალდებულება)</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>დონეები</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>ითვლება…</translation>
    </message>
    <message>
        <source>{score} ({answers} answers)</source>
        <translation>{score} ({answers} პასუხი)</translation>
    </message>
    <message>
        <source>{points} points = {money}</source>
        <translation>{points} ქულა = {money}</translation>
    </message>
    <message>
        <source>Only {rate} of the points earned are spent (under 20%): the program is not working for customers.</source>
        <translation>დაგროვილი ქულებიდან მხოლოდ {rate} არის გამოყენებული (20%-ზე ნაკლები): პროგრამა მომხმარებლებისთვის არ მუშაობს.</translation>
    </message>
    <message>
        <source>From {start} to {end} · {scope}</source>
        <translation>{start}-დან {end}-მდე · {scope}</translation>
    </message>
    <message>
        <source>Month by month (%)</source>
        <translation>თვეების მიხედვით (%)</translation>
    </message>
    <message>
        <source>Alert under 20%</source>
        <translation>ზღვარი 20%</translation>
    </message>
    <message>
        <source>No tier ladder</source>
        <translation>დონეების კიბე არ არის</translation>
    </message>
    <message>
        <source>Cards by tier: {ladder}</source>
        <translation>ბარათები დონეების მიხედვით: {ladder}</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>ბარათები</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>დონის გარეშე</translation>
    </message>
    <message>
        <source>Export the KPIs</source>
        <translation>მაჩვენებლების ექსპორტი</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>შენახულია: {path}.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Till {code}</source>
        <translation>სალარო {code}</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>შეიყვანეთ თქვენი PIN</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>მოწმდება…</translation>
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
        <translation>{rule} არ ერთიანდება: {chosen} მეტს ზოგავს ({saving} და არა {other})</translation>
    </message>
    <message>
        <source>{name}: no points on this sale</source>
        <translation>{name}: ამ გაყიდვაზე ქულები არ ერიცხება</translation>
    </message>
    <message>
        <source>offline limit {points} points</source>
        <translation>ოფლაინ ლიმიტი {points} ქულა</translation>
    </message>
    <message>
        <source>{name} points are for sales in {currency}</source>
        <translation>{name} ქულები განკუთვნილია {currency}-ში გაყიდვებისთვის</translation>
    </message>
    <message>
        <source>points can pay for receipts from {minimum}</source>
        <translation>ქულებით გადახდა შეიძლება {minimum}-დან ჩეკებზე</translation>
    </message>
    <message>
        <source>no points available</source>
        <translation>ხელმისაწვდომი ქულები არ არის</translation>
    </message>
    <message>
        <source>points can be spent from a balance of {minimum}</source>
        <translation>ქულების დახარჯვა შესაძლებელია {minimum} ნაშთიდან</translation>
    </message>
    <message>
        <source>{points} points available</source>
        <translation>ხელმისაწვდომია {points} ქულა</translation>
    </message>
    <message>
        <source>goods payable with points</source>
        <translation>ქულებით გადასახდელი საქონელი</translation>
    </message>
    <message>
        <source>up to {percent} of the receipt</source>
        <translation>ჩეკის {percent}-მდე</translation>
    </message>
    <message>
        <source>{name}: {points} points - {percent} ({promotions}) of {amount}</source>
        <translation>{name}: {points} ქულა - {amount}-ის {percent} ({promotions})</translation>
    </message>
    <message>
        <source>{name}: {points} points - {percent} of {amount}</source>
        <translation>{name}: {points} ქულა - {amount}-ის {percent}</translation>
    </message>
    <message>
        <source>{name}: {points} points on {amount} (rates by category: {promotions})</source>
        <translation>{name}: {points} ქულა {amount}-ზე (განაკვეთები კატეგორიით: {promotions})</translation>
    </message>
    <message>
        <source>{name}: {points} points on {amount} (rates by category)</source>
        <translation>{name}: {points} ქულა {amount}-ზე (განაკვეთები კატეგორიით)</translation>
    </message>
    <message>
        <source>coupon {code}: {error}</source>
        <translation>კუპონი {code}: {error}</translation>
    </message>
    <message>
        <source>Coupon {code} {percent}</source>
        <translation>კუპონი {code} {percent}</translation>
    </message>
    <message>
        <source>Coupon {code} {amount} off</source>
        <translation>კუპონი {code}: {amount} ფასდაკლება</translation>
    </message>
    <message>
        <source>{title} - {name} (receipts from {minimum})</source>
        <translation>{title} - {name} (ჩეკები {minimum}-დან)</translation>
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
        <translation>{title} - წევრის ბარათი</translation>
    </message>
    <message>
        <source>{title} - points spent in {count} sales (more than {after})</source>
        <translation>{title} - ქულები დაიხარჯა {count} გაყიდვაში ({after}-ზე მეტში)</translation>
    </message>
    <message>
        <source>{name}: {count} free</source>
        <translation>{name}: {count} უფასოდ</translation>
    </message>
    <message>
        <source>{title} - {needed} stamps each (card had {had})</source>
        <translation>{title} - თითოზე {needed} შტამპი (ბარათზე იყო {had})</translation>
    </message>
    <message>
        <source>Gift card: {used} used, {left} left</source>
        <translation>სასაჩუქრე ბარათი: გამოყენებულია {used}, დარჩა {left}</translation>
    </message>
    <message>
        <source>{name}: {have} of {needed} stamps</source>
        <translation>{name}: {have} / {needed} შტამპი</translation>
    </message>
    <message>
        <source>Paid with points: {points} points</source>
        <translation>გადახდილია ქულებით: {points} ქულა</translation>
    </message>
    <message>
        <source>Points balance: {points} (+{pending} pending)</source>
        <translation>ქულების ნაშთი: {points} (+{pending} მოლოდინში)</translation>
    </message>
    <message>
        <source>Points balance: {points}</source>
        <translation>ქულების ნაშთი: {points}</translation>
    </message>
    <message>
        <source>{points} points valid until {day}</source>
        <translation>{points} ქულა მოქმედებს {day}-მდე</translation>
    </message>
    <message>
        <source>Welcome to {tier}: {percent} from this purchase</source>
        <translation>მოგესალმებით {tier} დონეზე: {percent} ამ შენაძენიდან</translation>
    </message>
    <message>
        <source>Welcome to {tier}: {percent} from your next purchase</source>
        <translation>მოგესალმებით {tier} დონეზე: {percent} შემდეგი შენაძენიდან</translation>
    </message>
    <message>
        <source>Points taken back: {points} (earned on the returned items)</source>
        <translation>ჩამოჭრილი ქულები: {points} (დაგროვილი დაბრუნებულ საქონელზე)</translation>
    </message>
    <message>
        <source>Points given back: {points}</source>
        <translation>დაბრუნებული ქულები: {points}</translation>
    </message>
    <message>
        <source>Gift card: {amount} back on the card</source>
        <translation>სასაჩუქრე ბარათი: {amount} დაბრუნდა ბარათზე</translation>
    </message>
    <message>
        <source>Stamps taken back: {count}</source>
        <translation>ჩამოჭრილი შტამპები: {count}</translation>
    </message>
    <message>
        <source>Coupon {code} can be used again</source>
        <translation>კუპონი {code} კვლავ გამოსაყენებელია</translation>
    </message>
    <message>
        <source>Stamps given back: {count}</source>
        <translation>დაბრუნებული შტამპები: {count}</translation>
    </message>
    <message>
        <source>lifetime spend</source>
        <translation>ჯამური ხარჯი</translation>
    </message>
    <message>
        <source>spend in the last {months} months</source>
        <translation>ხარჯი ბოლო {months} თვეში</translation>
    </message>
    <message>
        <source>{before} + this sale {sale} = {total}</source>
        <translation>{before} + ეს გაყიდვა {sale} = {total}</translation>
    </message>
    <message>
        <source>{ladder}: no tier yet - {basis} {spend}</source>
        <translation>{ladder}: დონე ჯერ არ არის - {basis} {spend}</translation>
    </message>
    <message>
        <source>{amount} to {tier}</source>
        <translation>{tier}-მდე {amount}</translation>
    </message>
    <message>
        <source>top tier</source>
        <translation>უმაღლესი დონე</translation>
    </message>
    <message>
        <source>kept until {day}: spend {spend} in the {months} months to {month} &gt;= {threshold}</source>
        <translation>შენარჩუნებულია {day}-მდე: ხარჯი {spend} {month}-მდე {months} თვეში &gt;= {threshold}</translation>
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
        <translation>კუპონი {code} ამ საქონელზე არაფერს იძლევა</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>The first manager</source>
        <translation>პირველი მენეჯერი</translation>
    </message>
    <message>
        <source>The manager approves returns and voids and adds the other staff.</source>
        <translation>მენეჯერი ამტკიცებს დაბრუნებებსა და გაუქმებებს და ამატებს სხვა თანამშრომლებს.</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;სახელი</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>&amp;PIN (4-დან 12 ციფრამდე)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;ხელახლა</translation>
    </message>
    <message>
        <source>The till opens at the login screen when the setup is done.</source>
        <translation>დაყენების შემდეგ სალარო შესვლის ეკრანზე გაიხსნება.</translation>
    </message>
</context>
<context>
    <name>ManagerTools</name>
    <message>
        <source>Manager</source>
        <translation>მენეჯერი</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>წევრები</translation>
    </message>
    <message>
        <source>Issue card</source>
        <translation>ბარათის გაცემა</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>პროგრამები</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>იმპორტი / ექსპორტი</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>მაჩვენებლები</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>აუდიტი</translation>
    </message>
    <message>
        <source>Manager: {name}</source>
        <translation>მენეჯერი: {name}</translation>
    </message>
    <message>
        <source>Back to the till (Esc)</source>
        <translation>სალაროში დაბრუნება (Esc)</translation>
    </message>
</context>
<context>
    <name>ManagerWords</name>
    <message>
        <source>active</source>
        <translation>აქტიური</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>დაბლოკილი</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>შეცვლილი</translation>
    </message>
    <message>
        <source>earned</source>
        <translation>დაგროვდა</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>დაიხარჯა</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>ვადა გაუვიდა</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>შესწორდა</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>დაბრუნდა</translation>
    </message>
    <message>
        <source>welcome bonus</source>
        <translation>მისასალმებელი ბონუსი</translation>
    </message>
    <message>
        <source>birthday bonus</source>
        <translation>დაბადების დღის ბონუსი</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>გაიცა</translation>
    </message>
    <message>
        <source>topped up</source>
        <translation>შეივსო</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>გადავიდა</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>დაითვალა</translation>
    </message>
    <message>
        <source>card issued</source>
        <translation>ბარათი გაიცა</translation>
    </message>
    <message>
        <source>card replaced</source>
        <translation>ბარათი შეიცვალა</translation>
    </message>
    <message>
        <source>card blocked</source>
        <translation>ბარათი დაიბლოკა</translation>
    </message>
    <message>
        <source>card unblocked</source>
        <translation>ბარათი განიბლოკა</translation>
    </message>
    <message>
        <source>member edited</source>
        <translation>წევრის მონაცემები შეიცვალა</translation>
    </message>
    <message>
        <source>members merged</source>
        <translation>წევრები გაერთიანდა</translation>
    </message>
    <message>
        <source>points adjusted</source>
        <translation>ქულები შესწორდა</translation>
    </message>
    <message>
        <source>program saved</source>
        <translation>პროგრამა შეინახა</translation>
    </message>
    <message>
        <source>products imported</source>
        <translation>პროდუქტები იმპორტირდა</translation>
    </message>
    <message>
        <source>members imported</source>
        <translation>წევრები იმპორტირდა</translation>
    </message>
    <message>
        <source>manager tools opened</source>
        <translation>მენეჯერის ხელსაწყოები გაიხსნა</translation>
    </message>
</context>
<context>
    <name>MemberHitModel</name>
    <message>
        <source>Name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>ბარათი</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>ბარათის სტატუსი</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>ბარათის გარეშე</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Save profile</source>
        <translation>მონაცემების შენახვა</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>ბარათი</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ქულები</translation>
    </message>
    <message>
        <source>When</source>
        <translation>როდის</translation>
    </message>
    <message>
        <source>What</source>
        <translation>რა</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>რატომ</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>ნაშთი</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>ჩეკი</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ჯამი</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>ფასდაკლება</translation>
    </message>
    <message>
        <source>Points, line by line</source>
        <translation>ქულები, სტრიქონ-სტრიქონ</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>გაყიდვები</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>უკან (Esc)</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>ქულების შესწორება</translation>
    </message>
    <message>
        <source>Block card</source>
        <translation>ბარათის დაბლოკვა</translation>
    </message>
    <message>
        <source>Replace lost card</source>
        <translation>დაკარგული ბარათის შეცვლა</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>გაერთიანება…</translation>
    </message>
    <message>
        <source>Member since {date}</source>
        <translation>წევრია {date}-დან</translation>
    </message>
    <message>
        <source>No card yet: issue one from the Issue card tab.</source>
        <translation>ბარათი ჯერ არ არის: გაეცით „ბარათის გაცემის“ ჩანართიდან.</translation>
    </message>
    <message>
        <source>Unblock card</source>
        <translation>ბარათის განბლოკვა</translation>
    </message>
    <message>
        <source>Points: {points}</source>
        <translation>ქულები: {points}</translation>
    </message>
    <message>
        <source>pending {points}</source>
        <translation>მოლოდინში {points}</translation>
    </message>
    <message>
        <source>gift balance {amount}</source>
        <translation>სასაჩუქრე ნაშთი {amount}</translation>
    </message>
    <message>
        <source>Why {total} points: the lines below add up to it (available {available}, pending {pending}, expired {expired}).</source>
        <translation>რატომ {total} ქულა: ქვემოთ მოცემული სტრიქონების ჯამი (ხელმისაწვდომი {available}, მოლოდინში {pending}, ვადაგასული {expired}).</translation>
    </message>
    <message>
        <source>receipt {number}</source>
        <translation>ჩეკი {number}</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>მონაცემები შეინახა.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>{amount} points adjusted, approved by {name}; balance {balance}.</source>
        <translation>{amount} ქულა შესწორდა, დაამტკიცა {name}; ნაშთი {balance}.</translation>
    </message>
    <message>
        <source>Card unblocked.</source>
        <translation>ბარათი განიბლოკა.</translation>
    </message>
    <message>
        <source>Block card {card}</source>
        <translation>ბარათის {card} დაბლოკვა</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>რატომ?</translation>
    </message>
    <message>
        <source>Card blocked: it can neither earn nor spend.</source>
        <translation>ბარათი დაიბლოკა: მასზე ვერც დაგროვდება და ვერც დაიხარჯება.</translation>
    </message>
    <message>
        <source>Replace card {card}</source>
        <translation>ბარათის {card} შეცვლა</translation>
    </message>
    <message>
        <source>Why is it replaced (lost, stolen, damaged)? The balance moves to the new card.</source>
        <translation>რატომ იცვლება (დაიკარგა, მოიპარეს, დაზიანდა)? ნაშთი ახალ ბარათზე გადავა.</translation>
    </message>
    <message>
        <source>New card {new} issued with {points} points; card {old} can no longer be used.</source>
        <translation>გაიცა ახალი ბარათი {new} {points} ქულით; ბარათი {old} აღარ გამოიყენება.</translation>
    </message>
    <message>
        <source>{name} merged here: {cards} card(s) moved.</source>
        <translation>{name} აქ გაერთიანდა: გადავიდა {cards} ბარათი.</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>No member card.
Scan, swipe or type the card number.</source>
        <translation>წევრის ბარათი არ არის.
დაასკანერეთ, გაატარეთ ან აკრიფეთ ბარათის ნომერი.</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>დღეს დაბადების დღეა</translation>
    </message>
    <message>
        <source>Balance as of last sync</source>
        <translation>ნაშთი ბოლო სინქრონიზაციით</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>წევრი</translation>
    </message>
    <message>
        <source>Card {number}</source>
        <translation>ბარათი {number}</translation>
    </message>
    <message>
        <source>{amount} more to {tier}</source>
        <translation>{tier}-მდე დარჩა {amount}</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} ქულა</translation>
    </message>
    <message>
        <source>{points} pending</source>
        <translation>{points} მოლოდინში</translation>
    </message>
    <message>
        <source>gift {amount}</source>
        <translation>საჩუქარი {amount}</translation>
    </message>
    <message>
        <source>this sale earns {points}</source>
        <translation>ამ გაყიდვით დაგროვდება {points}</translation>
    </message>
    <message>
        <source>Points can pay up to {amount} of this sale</source>
        <translation>ქულებით შეიძლება ამ გაყიდვის {amount}-მდე გადახდა</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Name, phone or card number</source>
        <translation>სახელი, ტელეფონი ან ბარათის ნომერი</translation>
    </message>
    <message>
        <source>Type part of a name, or at least 4 digits of a phone or card number.</source>
        <translation>აკრიფეთ სახელის ნაწილი, ან ტელეფონის ან ბარათის ნომრის მინიმუმ 4 ციფრი.</translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation>წევრი ვერ მოიძებნა.</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter opens the member</source>
        <translation>↑↓ არჩევა · Enter ხსნის წევრს</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Find a member</source>
        <translation>წევრის ძებნა</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge members</source>
        <translation>წევრების გაერთიანება</translation>
    </message>
    <message>
        <source>Merge another member into {name}</source>
        <translation>სხვა წევრის გაერთიანება: {name}</translation>
    </message>
    <message>
        <source>Their cards move here with their balances; this member&apos;s details are kept.</source>
        <translation>მისი ბარათები ნაშთებით აქ გადმოვა; ამ წევრის მონაცემები რჩება.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>გაუქმება (Esc)</translation>
    </message>
    <message>
        <source>Merge (F12)</source>
        <translation>გაერთიანება (F12)</translation>
    </message>
    <message>
        <source>That is the same member.</source>
        <translation>ეს იგივე წევრია.</translation>
    </message>
    <message>
        <source>{name} will be merged here (F12 to confirm).</source>
        <translation>{name} აქ გაერთიანდება (F12 დასადასტურებლად).</translation>
    </message>
</context>
<context>
    <name>NpsDialog</name>
    <message>
        <source>Customer&apos;s opinion</source>
        <translation>მომხმარებლის აზრი</translation>
    </message>
    <message>
        <source>How likely is the customer to recommend us to a friend?</source>
        <translation>რამდენად სავარაუდოა, რომ მომხმარებელი მეგობარს გაგვიწევს რეკომენდაციას?</translation>
    </message>
    <message>
        <source>0 = not at all, 10 = certainly. Type the number and Enter, or Esc to skip.</source>
        <translation>0 = სულაც არა, 10 = აუცილებლად. აკრიფეთ რიცხვი და Enter, ან Esc გამოსატოვებლად.</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>გამოტოვება (Esc)</translation>
    </message>
    <message>
        <source>A whole number from 0 to 10.</source>
        <translation>მთელი რიცხვი 0-დან 10-მდე.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Head office</source>
        <translation>სათაო ოფისი</translation>
    </message>
    <message>
        <source>The till sells without it; sales, cards and points travel when it is reachable.</source>
        <translation>სალარო მის გარეშეც ყიდის; გაყიდვები, ბარათები და ქულები გადაიცემა, როცა ის ხელმისაწვდომია.</translation>
    </message>
    <message>
        <source>No &amp;head office: this till stands alone</source>
        <translation>&amp;სათაო ოფისის გარეშე: სალარო დამოუკიდებელია</translation>
    </message>
    <message>
        <source>&amp;Online: register with a one-time code from the office</source>
        <translation>&amp;ონლაინ: რეგისტრაცია ოფისის ერთჯერადი კოდით</translation>
    </message>
    <message>
        <source>&amp;USB bundles: carry signed files to the office and back</source>
        <translation>&amp;USB პაკეტები: ხელმოწერილი ფაილები ოფისში და უკან</translation>
    </message>
    <message>
        <source>Office &amp;address</source>
        <translation>ოფისის &amp;მისამართი</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>ერთჯერადი &amp;კოდი</translation>
    </message>
</context>
<context>
    <name>ParkedSalesDialog</name>
    <message>
        <source>Parked sales</source>
        <translation>გადადებული გაყიდვები</translation>
    </message>
    <message>
        <source>Choose a parked sale to resume</source>
        <translation>აირჩიეთ გადადებული გაყიდვა გასაგრძელებლად</translation>
    </message>
    <message>
        <source> · member card</source>
        <translation> · წევრის ბარათი</translation>
    </message>
    <message>
        <source>{time}  {label}  ·  {items} items  ·  {total}{card}</source>
        <translation>{time}  {label}  ·  {items} ერთეული  ·  {total}{card}</translation>
    </message>
    <message>
        <source>No sales are parked.</source>
        <translation>გადადებული გაყიდვები არ არის.</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>დახურვა (Esc)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>გადახდა</translation>
    </message>
    <message>
        <source>Cash
F1</source>
        <translation>ნაღდი
F1</translation>
    </message>
    <message>
        <source>Card
F2</source>
        <translation>ბარათი
F2</translation>
    </message>
    <message>
        <source>Points
F3</source>
        <translation>ქულები
F3</translation>
    </message>
    <message>
        <source>Gift card
F4</source>
        <translation>სასაჩუქრე
ბარათი F4</translation>
    </message>
    <message>
        <source>Gift card or slip number</source>
        <translation>სასაჩუქრე ბარათის ან ქვითრის ნომერი</translation>
    </message>
    <message>
        <source>Coupon (F5)</source>
        <translation>კუპონი (F5)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>უკან (Esc)</translation>
    </message>
    <message>
        <source>Complete
F12</source>
        <translation>დასრულება
F12</translation>
    </message>
    <message>
        <source>Amount paid with points</source>
        <translation>ქულებით გადასახდელი თანხა</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>თანხა</translation>
    </message>
    <message>
        <source>Gift card number</source>
        <translation>სასაჩუქრე ბარათის ნომერი</translation>
    </message>
    <message>
        <source>Slip number (optional)</source>
        <translation>ქვითრის ნომერი (არასავალდებულო)</translation>
    </message>
    <message>
        <source>Points
F3 · up to {amount}</source>
        <translation>ქულები
F3 · {amount}-მდე</translation>
    </message>
    <message>
        <source>Scan a member card with points first</source>
        <translation>ჯერ დაასკანერეთ წევრის ბარათი ქულებით</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>ზუსტად</translation>
    </message>
    <message>
        <source>Scan or type the gift card number.</source>
        <translation>დაასკანერეთ ან აკრიფეთ სასაჩუქრე ბარათის ნომერი.</translation>
    </message>
    <message>
        <source>Finish the payment before scanning items.</source>
        <translation>საქონლის სკანირებამდე დაასრულეთ გადახდა.</translation>
    </message>
    <message>
        <source>{due} is still to pay.</source>
        <translation>გადასახდელი რჩება {due}.</translation>
    </message>
    <message>
        <source>Completing the sale…</source>
        <translation>გაყიდვა სრულდება…</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <source>Total</source>
        <translation>ჯამი</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>გადახდილია</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>გადასახდელი</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ხურდა</translation>
    </message>
    <message>
        <source>Payments taken (Del removes the selected one)</source>
        <translation>მიღებული გადახდები (Del შლის არჩეულს)</translation>
    </message>
    <message>
        <source>({points} points)</source>
        <translation>({points} ქულა)</translation>
    </message>
</context>
<context>
    <name>PriceLookupDialog</name>
    <message>
        <source>Price lookup</source>
        <translation>ფასის შემოწმება</translation>
    </message>
    <message>
        <source>Find an item by name, SKU or barcode</source>
        <translation>მოძებნეთ საქონელი სახელით, არტიკულით ან შტრიხკოდით</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>საქონელი</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ფასი</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>დახურვა (Esc)</translation>
    </message>
    <message>
        <source>/kg</source>
        <translation>/კგ</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>არაფერი მოიძებნა.</translation>
    </message>
</context>
<context>
    <name>PrintBridge</name>
    <message>
        <source>Z report {number}</source>
        <translation>Z ანგარიში {number}</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X ანგარიში</translation>
    </message>
    <message>
        <source>No printer is set up on this till.</source>
        <translation>ამ სალაროზე პრინტერი არ არის დაყენებული.</translation>
    </message>
    <message>
        <source>No sale has the receipt number {number}.</source>
        <translation>ჩეკის ნომრით {number} გაყიდვა არ მოიძებნა.</translation>
    </message>
    <message>
        <source>The receipt could not be prepared for printing.</source>
        <translation>ჩეკის ბეჭდვისთვის მომზადება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Printer: none</source>
        <translation>პრინტერი: არ არის</translation>
    </message>
    <message>
        <source>Printer: ready</source>
        <translation>პრინტერი: მზადაა</translation>
    </message>
    <message>
        <source>Printer: not printing</source>
        <translation>პრინტერი: არ ბეჭდავს</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} რიგში</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Receipt printer</source>
        <translation>ჩეკების პრინტერი</translation>
    </message>
    <message>
        <source>How the till reaches its ESC/POS receipt printer.</source>
        <translation>როგორ უკავშირდება სალარო ჩეკების ESC/POS პრინტერს.</translation>
    </message>
    <message>
        <source>N&amp;o printer</source>
        <translation>&amp;პრინტერის გარეშე</translation>
    </message>
    <message>
        <source>Ne&amp;twork (host or host:port)</source>
        <translation>&amp;ქსელი (host ან host:port)</translation>
    </message>
    <message>
        <source>Se&amp;rial port</source>
        <translation>&amp;სერიული პორტი</translation>
    </message>
    <message>
        <source>&amp;USB (vendor:product id)</source>
        <translation>&amp;USB (მწარმოებლის:პროდუქტის id)</translation>
    </message>
    <message>
        <source>Printer &amp;device file</source>
        <translation>პრინტერის &amp;მოწყობილობის ფაილი</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>მისამა&amp;რთი</translation>
    </message>
    <message>
        <source>&amp;Paper width</source>
        <translation>ქაღალდის სი&amp;განე</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 მმ</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 მმ</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Agrees to receive messages</source>
        <translation>თანახმაა მიიღოს შეტყობინებები</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ტელეფონი</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ელ-ფოსტა</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>დაბადების დღე</translation>
    </message>
</context>
<context>
    <name>ProgramForm</name>
    <message>
        <source>Lists and scopes (tiers, multipliers, promotions, which goods) as JSON</source>
        <translation>სიები და არეალები (დონეები, მამრავლები, აქციები, რომელი საქონელი) JSON-ად</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>სახეობა: {kind}</translation>
    </message>
</context>
<context>
    <name>ProgramsTab</name>
    <message>
        <source>Loyalty programs</source>
        <translation>ლოიალობის პროგრამები</translation>
    </message>
    <message>
        <source>The head office does not let this till publish programs to the other shops: programs saved here work on this till only. They are sent once the office allows it.</source>
        <translation>სათაო ოფისი ამ სალაროს არ აძლევს უფლებას, პროგრამები სხვა მაღაზიებისთვის გამოაქვეყნოს: აქ შენახული პროგრამები მხოლოდ ამ სალაროში მუშაობს. ისინი გაიგზავნება, როგორც კი ოფისი ამის უფლებას მისცემს.</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>ახალი შაბლონიდან</translation>
    </message>
    <message>
        <source>Save as a new version (F12)</source>
        <translation>შენახვა ახალ ვერსიად (F12)</translation>
    </message>
    <message>
        <source>Example basket</source>
        <translation>კალათის მაგალითი</translation>
    </message>
    <message>
        <source>Member&apos;s tier</source>
        <translation>წევრის დონე</translation>
    </message>
    <message>
        <source>{name}
{kind} · version {version}</source>
        <translation>{name}
{kind} · ვერსია {version}</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>დონის გარეშე</translation>
    </message>
    <message>
        <source>The example shows once the program can work.</source>
        <translation>მაგალითი გამოჩნდება, როცა პროგრამა გამართული იქნება.</translation>
    </message>
    <message>
        <source>Choose a program on the list, or a template and New from template.</source>
        <translation>აირჩიეთ პროგრამა სიიდან, ან შაბლონი და შემდეგ „ახალი შაბლონიდან“.</translation>
    </message>
    <message>
        <source>Lists and scopes, line {line}: {reason}</source>
        <translation>სიები და არეალები, სტრიქონი {line}: {reason}</translation>
    </message>
    <message>
        <source>{name}: the program can work.</source>
        <translation>{name}: პროგრამა გამართულია.</translation>
    </message>
    <message>
        <source>Type an example basket amount.</source>
        <translation>აკრიფეთ კალათის მაგალითის თანხა.</translation>
    </message>
    <message>
        <source>a {tier} member</source>
        <translation>{tier} დონის წევრი</translation>
    </message>
    <message>
        <source>a member with no tier</source>
        <translation>წევრი დონის გარეშე</translation>
    </message>
    <message>
        <source>A {basket} basket for {who} gives:</source>
        <translation>{basket} კალათა — {who} იღებს:</translation>
    </message>
    <message>
        <source>discount {discount}, to pay {to_pay}</source>
        <translation>ფასდაკლება {discount}, გადასახდელი {to_pay}</translation>
    </message>
    <message>
        <source>{points} points earned</source>
        <translation>დაგროვდება {points} ქულა</translation>
    </message>
    <message>
        <source>{name} saved as version {version}.</source>
        <translation>{name} შეინახა ვერსია {version}-ად.</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Quantity</source>
        <translation>რაოდენობა</translation>
    </message>
    <message>
        <source>Quantity for {item}</source>
        <translation>რაოდენობა: {item}</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>კგ</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>ც</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>გაუქმება (Esc)</translation>
    </message>
    <message>
        <source>Type a quantity (whole pieces, or kilograms like 1.250).</source>
        <translation>აკრიფეთ რაოდენობა (მთელი ცალები ან კილოგრამები, მაგ. 1,250).</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <source>Scanners and card readers</source>
        <translation>სკანერები და ბარათის წამკითხველები</translation>
    </message>
    <message>
        <source>Where barcodes and member cards come from.</source>
        <translation>საიდან მოდის შტრიხკოდები და წევრის ბარათები.</translation>
    </message>
    <message>
        <source>&amp;Keyboard wedge (the scanner types like a keyboard)</source>
        <translation>&amp;კლავიატურის სკანერი (სკანერი კლავიატურასავით ბეჭდავს)</translation>
    </message>
    <message>
        <source>Se&amp;rial port (USB-CDC scanner or card reader)</source>
        <translation>&amp;სერიული პორტი (USB-CDC სკანერი ან ბარათის წამკითხველი)</translation>
    </message>
    <message>
        <source>&amp;Camera (its number: 0 is the first)</source>
        <translation>კა&amp;მერა (მისი ნომერი: 0 პირველია)</translation>
    </message>
    <message>
        <source>N&amp;one: codes are typed</source>
        <translation>&amp;არცერთი: კოდები იკრიფება ხელით</translation>
    </message>
    <message>
        <source>&amp;Port or camera</source>
        <translation>&amp;პორტი ან კამერა</translation>
    </message>
    <message>
        <source>Under a non-US keyboard layout a keyboard-wedge scanner gets letters wrong: only digits are safe.</source>
        <translation>არა-US კლავიატურის განლაგებისას კლავიატურის სკანერი ასოებს ამახინჯებს: მხოლოდ ციფრებია საიმედო.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>გაუქმება (Esc)</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>დადასტურება (Enter)</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>only digits are allowed</source>
        <translation>დაშვებულია მხოლოდ ციფრები</translation>
    </message>
    <message>
        <source>nothing was scanned</source>
        <translation>არაფერი დასკანერდა</translation>
    </message>
    <message>
        <source>it contains control characters</source>
        <translation>შეიცავს მმართველ სიმბოლოებს</translation>
    </message>
    <message>
        <source>the check digit is wrong (scan it again)</source>
        <translation>საკონტროლო ციფრი არასწორია (დაასკანერეთ ხელახლა)</translation>
    </message>
    <message>
        <source>not a card number of this shop (check the digits)</source>
        <translation>ეს არ არის ამ მაღაზიის ბარათის ნომერი (შეამოწმეთ ციფრები)</translation>
    </message>
    <message>
        <source>a discount cannot add to the price</source>
        <translation>ფასდაკლება ფასს ვერ გაზრდის</translation>
    </message>
    <message>
        <source>the quantity must be a whole number of thousandths</source>
        <translation>რაოდენობა უნდა იყოს მეათასედების მთელი რიცხვი</translation>
    </message>
    <message>
        <source>the quantity must be more than zero</source>
        <translation>რაოდენობა ნულზე მეტი უნდა იყოს</translation>
    </message>
    <message>
        <source>the quantity is too large</source>
        <translation>რაოდენობა ზედმეტად დიდია</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>ფასი ვერ იქნება უარყოფითი</translation>
    </message>
    <message>
        <source>order discounts are more than the order</source>
        <translation>შეკვეთის ფასდაკლებები აღემატება შეკვეთას</translation>
    </message>
    <message>
        <source>{product} is sold by the piece</source>
        <translation>{product} იყიდება ცალობით</translation>
    </message>
    <message>
        <source>discounts on {product} are more than its price</source>
        <translation>ფასდაკლებები {product}-ზე მის ფასს აღემატება</translation>
    </message>
    <message>
        <source>only {available} left</source>
        <translation>დარჩა მხოლოდ {available}</translation>
    </message>
    <message>
        <source>say why</source>
        <translation>მიუთითეთ მიზეზი</translation>
    </message>
    <message>
        <source>a manager must be named</source>
        <translation>უნდა მიეთითოს მენეჯერი</translation>
    </message>
    <message>
        <source>the amount is zero</source>
        <translation>თანხა ნულის ტოლია</translation>
    </message>
    <message>
        <source>{name} cannot be topped up</source>
        <translation>{name} ვერ შეივსება</translation>
    </message>
    <message>
        <source>the least is {amount}</source>
        <translation>მინიმუმი არის {amount}</translation>
    </message>
    <message>
        <source>the most is {amount}</source>
        <translation>მაქსიმუმი არის {amount}</translation>
    </message>
    <message>
        <source>a reason and a manager are needed to move a card&apos;s balance</source>
        <translation>ბარათის ნაშთის გადასატანად საჭიროა მიზეზი და მენეჯერი</translation>
    </message>
    <message>
        <source>coupon {code}</source>
        <translation>კუპონი {code}</translation>
    </message>
    <message>
        <source>paying with points</source>
        <translation>ქულებით გადახდა</translation>
    </message>
    <message>
        <source>goods payable with points</source>
        <translation>ქულებით გადასახდელი საქონელი</translation>
    </message>
    <message>
        <source>{percent} cap</source>
        <translation>ზღვარი {percent}</translation>
    </message>
    <message>
        <source>offline limit</source>
        <translation>ოფლაინ ლიმიტი</translation>
    </message>
    <message>
        <source>{amount} costs {points} points</source>
        <translation>{amount} ღირს {points} ქულა</translation>
    </message>
    <message>
        <source>no bonus program in {currency} for this card</source>
        <translation>ამ ბარათისთვის {currency}-ში ბონუს პროგრამა არ არის</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>ბარათი არ არის</translation>
    </message>
    <message>
        <source>remove the payments before changing the items</source>
        <translation>საქონლის შეცვლამდე წაშალეთ გადახდები</translation>
    </message>
    <message>
        <source>that payment is not part of this sale</source>
        <translation>ეს გადახდა ამ გაყიდვას არ ეკუთვნის</translation>
    </message>
    <message>
        <source>a points payment must say how many points it spends</source>
        <translation>ქულებით გადახდამ უნდა მიუთითოს, რამდენ ქულას ხარჯავს</translation>
    </message>
    <message>
        <source>only a points payment spends points</source>
        <translation>ქულებს მხოლოდ ქულებით გადახდა ხარჯავს</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>თანხა ნულზე მეტი უნდა იყოს</translation>
    </message>
    <message>
        <source>the sale is already paid</source>
        <translation>გაყიდვა უკვე გადახდილია</translation>
    </message>
    <message>
        <source>change can only be given from cash</source>
        <translation>ხურდის მიცემა მხოლოდ ნაღდი ფულიდან შეიძლება</translation>
    </message>
    <message>
        <source>the label carries no amount</source>
        <translation>ეტიკეტზე თანხა არ არის</translation>
    </message>
    <message>
        <source>the quantity must be more than zero (use remove to take a line off)</source>
        <translation>რაოდენობა ნულზე მეტი უნდა იყოს (ხაზის მოსაშორებლად გამოიყენეთ წაშლა)</translation>
    </message>
    <message>
        <source>{product} is not sold by weight</source>
        <translation>{product} წონით არ იყიდება</translation>
    </message>
    <message>
        <source>the shop has no gift card program in this currency</source>
        <translation>მაღაზიას ამ ვალუტაში სასაჩუქრე ბარათების პროგრამა არ აქვს</translation>
    </message>
    <message>
        <source>say why the gift card is given</source>
        <translation>მიუთითეთ, რატომ გაიცემა სასაჩუქრე ბარათი</translation>
    </message>
    <message>
        <source>gift card {card} has {left} left</source>
        <translation>სასაჩუქრე ბარათზე {card} დარჩა {left}</translation>
    </message>
    <message>
        <source>scan a member card with a points program first</source>
        <translation>ჯერ დაასკანერეთ ქულების პროგრამის მქონე წევრის ბარათი</translation>
    </message>
    <message>
        <source>read the gift card first</source>
        <translation>ჯერ წაიკითხეთ სასაჩუქრე ბარათი</translation>
    </message>
    <message>
        <source>{product}: {quantity} left to return</source>
        <translation>{product}: დასაბრუნებლად დარჩა {quantity}</translation>
    </message>
    <message>
        <source>{product} is returned by the piece</source>
        <translation>{product} ბრუნდება ცალობით</translation>
    </message>
    <message>
        <source>it is a return receipt</source>
        <translation>ეს დაბრუნების ჩეკია</translation>
    </message>
    <message>
        <source>the sale was voided</source>
        <translation>გაყიდვა გაუქმდა</translation>
    </message>
    <message>
        <source>no shift is open on this till</source>
        <translation>ამ სალაროზე ცვლა არ არის გახსნილი</translation>
    </message>
    <message>
        <source>the receipt changed while the return was prepared; start again</source>
        <translation>ჩეკი შეიცვალა დაბრუნების მომზადებისას; დაიწყეთ თავიდან</translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation>მასში საქონელი არ არის</translation>
    </message>
    <message>
        <source>remove the payments first</source>
        <translation>ჯერ წაშალეთ გადახდები</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>RETURN</source>
        <translation>დაბრუნება</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>ჩეკი</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>თარიღი</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>სალარო</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>მოლარე</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>თავდაპირველი ჩეკი</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>შუალედური ჯამი</translation>
    </message>
    <message>
        <source>You saved</source>
        <translation>დაზოგეთ</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>სულ</translation>
    </message>
    <message>
        <source>VAT {rate} included</source>
        <translation>დღგ {rate} ჩათვლით</translation>
    </message>
    <message>
        <source>({points} points)</source>
        <translation>({points} ქულა)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ხურდა</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>წევრი</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>დონე</translation>
    </message>
    <message>
        <source>To {tier}</source>
        <translation>{tier}-მდე</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>დაგროვებული ქულები</translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation>დახარჯული ქულები</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>ქულების ნაშთი</translation>
    </message>
    <message>
        <source>Points pending</source>
        <translation>მოლოდინში მყოფი ქულები</translation>
    </message>
    <message>
        <source>Gift card balance</source>
        <translation>სასაჩუქრე ბარათის ნაშთი</translation>
    </message>
    <message>
        <source>Expiring {date}</source>
        <translation>ვადა იწურება {date}</translation>
    </message>
    <message>
        <source>Balance as of last sync</source>
        <translation>ნაშთი ბოლო სინქრონიზაციით</translation>
    </message>
    <message>
        <source>How did we do? Answer with this survey code:</source>
        <translation>როგორ მოგემსახურეთ? უპასუხეთ ამ გამოკითხვის კოდით:</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>გაიხსნა</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>დაიხურა</translation>
    </message>
    <message>
        <source>Sales ({count})</source>
        <translation>გაყიდვები ({count})</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>დაბრუნებები ({count})</translation>
    </message>
    <message>
        <source>Voided sales</source>
        <translation>გაუქმებული გაყიდვები</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>გაცემული ფასდაკლებები</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>წმინდა ჯამი</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>ხურდის ფონდი</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>გაცემული ხურდა</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>შეტანა / გატანა</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>მოსალოდნელი ნაღდი</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>დათვლილი ნაღდი</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>სხვაობა</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <source>Receipts</source>
        <translation>ჩეკები</translation>
    </message>
    <message>
        <source>Waiting for the printer</source>
        <translation>პრინტერს ელოდება</translation>
    </message>
    <message>
        <source>Nothing is waiting: every receipt was printed.</source>
        <translation>არაფერი ელოდება: ყველა ჩეკი დაიბეჭდა.</translation>
    </message>
    <message>
        <source>Copy of receipt no.</source>
        <translation>ჩეკის ასლი №</translation>
    </message>
    <message>
        <source>Enter prints a copy of this receipt; with the field empty, it prints the waiting one chosen.</source>
        <translation>Enter ბეჭდავს ამ ჩეკის ასლს; ცარიელი ველისას — არჩეულ მოლოდინში მყოფ ჩეკს.</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>დახურვა (Esc)</translation>
    </message>
    <message>
        <source>{count} tries</source>
        <translation>{count} მცდელობა</translation>
    </message>
    <message>
        <source>Printing a copy of {number}…</source>
        <translation>იბეჭდება {number}-ის ასლი…</translation>
    </message>
    <message>
        <source>Printing again…</source>
        <translation>ხელახლა იბეჭდება…</translation>
    </message>
    <message>
        <source>{title} printed.</source>
        <translation>{title} დაიბეჭდა.</translation>
    </message>
    <message>
        <source>{title} did not print: {reason}</source>
        <translation>{title} ვერ დაიბეჭდა: {reason}</translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <source>Return</source>
        <translation>დაბრუნება</translation>
    </message>
    <message>
        <source>Return by receipt</source>
        <translation>დაბრუნება ჩეკით</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>ჩეკის ნომერი</translation>
    </message>
    <message>
        <source>Scan the receipt barcode or type its number</source>
        <translation>დაასკანერეთ ჩეკის შტრიხკოდი ან აკრიფეთ მისი ნომერი</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>საქონელი</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>გაყიდული</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>დარჩა</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>დასაბრუნებელი</translation>
    </message>
    <message>
        <source>↑↓ choose a line · Space: all or none · a number then Enter: that many</source>
        <translation>↑↓ ხაზის არჩევა · Space: ყველა ან არცერთი · რიცხვი და Enter: ამდენი</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>გაუქმება (Esc)</translation>
    </message>
    <message>
        <source>Confirm return
F12 · manager PIN</source>
        <translation>დაბრუნების დადასტურება
F12 · მენეჯერის PIN</translation>
    </message>
    <message>
        <source> · member card</source>
        <translation> · წევრის ბარათი</translation>
    </message>
    <message>
        <source>Sale {number} of {time} · total {total}{card}</source>
        <translation>გაყიდვა {number}, {time} · ჯამი {total}{card}</translation>
    </message>
    <message>
        <source>Choose the lines to return.</source>
        <translation>აირჩიეთ დასაბრუნებელი ხაზები.</translation>
    </message>
    <message>
        <source>({points} points back to the card)</source>
        <translation>({points} ქულა ბრუნდება ბარათზე)</translation>
    </message>
    <message>
        <source>Give back: {refunds}</source>
        <translation>დასაბრუნებელი: {refunds}</translation>
    </message>
    <message>
        <source>Points taken back from the card (earned on these items): {points}</source>
        <translation>ბარათიდან ჩამოიჭრება ქულები (დაგროვილი ამ საქონელზე): {points}</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>დაბრუნება {amount}</translation>
    </message>
    <message>
        <source>{typed} is not a quantity.</source>
        <translation>{typed} არ არის რაოდენობა.</translation>
    </message>
    <message>
        <source>Return of {amount} on receipt {number}</source>
        <translation>{amount}-ის დაბრუნება ჩეკით {number}</translation>
    </message>
    <message>
        <source>Writing the return…</source>
        <translation>დაბრუნება ფორმდება…</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <source>Quantity</source>
        <translation>რაოდენობა</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>ხაზის წაშლა</translation>
    </message>
    <message>
        <source>Price lookup</source>
        <translation>ფასის შემოწმება</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>ბარათის მოხსნა</translation>
    </message>
    <message>
        <source>Park sale</source>
        <translation>გადადება</translation>
    </message>
    <message>
        <source>Parked sales</source>
        <translation>გადადებული გაყიდვები</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>დაბრუნება</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>გაყიდვის გაუქმება</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>ჩეკები</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X ანგარიში</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>ცვლის დახურვა</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>გასვლა</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>მენეჯერი</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>გადახდა</translation>
    </message>
    <message>
        <source>Sale {number} completed. Change: {change}</source>
        <translation>გაყიდვა {number} დასრულდა. ხურდა: {change}</translation>
    </message>
    <message>
        <source>Scan an item first, then set its quantity.</source>
        <translation>ჯერ დაასკანერეთ საქონელი, შემდეგ მიუთითეთ რაოდენობა.</translation>
    </message>
    <message>
        <source>{typed} is not a quantity.</source>
        <translation>{typed} არ არის რაოდენობა.</translation>
    </message>
    <message>
        <source>Choose a line with the arrow keys first.</source>
        <translation>ჯერ აირჩიეთ ხაზი ისრებით.</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or type a code, then Enter</source>
        <translation>დაასკანერეთ ან აკრიფეთ კოდი, შემდეგ Enter</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Give the shop a name.</source>
        <translation>მიეცით მაღაზიას სახელი.</translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation>აირჩიეთ ვალუტა სიიდან.</translation>
    </message>
    <message>
        <source>The till cannot use that printer address.</source>
        <translation>სალარო ამ პრინტერის მისამართს ვერ გამოიყენებს.</translation>
    </message>
    <message>
        <source>Type the scanner&apos;s serial port, like /dev/ttyACM0.</source>
        <translation>აკრიფეთ სკანერის სერიული პორტი, მაგ. /dev/ttyACM0.</translation>
    </message>
    <message>
        <source>A camera is chosen by its number: 0 is the first camera.</source>
        <translation>კამერა აირჩევა ნომრით: 0 პირველი კამერაა.</translation>
    </message>
    <message>
        <source>The office address starts with http:// or https://.</source>
        <translation>ოფისის მისამართი იწყება http:// ან https://-ით.</translation>
    </message>
    <message>
        <source>Type the one-time code the office gave you.</source>
        <translation>აკრიფეთ ოფისისგან მიღებული ერთჯერადი კოდი.</translation>
    </message>
    <message>
        <source>The office refused the registration.</source>
        <translation>ოფისმა რეგისტრაციაზე უარი თქვა.</translation>
    </message>
    <message>
        <source>The office did not answer. Check the address, or choose no office.</source>
        <translation>ოფისმა არ უპასუხა. შეამოწმეთ მისამართი ან აირჩიეთ ოფისის გარეშე.</translation>
    </message>
    <message>
        <source>Give the manager a name.</source>
        <translation>მიეცით მენეჯერს სახელი.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN შედგება 4-დან 12 ციფრამდე.</translation>
    </message>
    <message>
        <source>This database already holds a till.</source>
        <translation>ამ მონაცემთა ბაზაში სალარო უკვე არის.</translation>
    </message>
    <message>
        <source>The till could not be set up.</source>
        <translation>სალაროს დაყენება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Kupa: set up this till</source>
        <translation>Kupa: ამ სალაროს დაყენება</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;შემდეგი</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;უკან</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>&amp;Set up the till</source>
        <translation>სალაროს &amp;დაყენება</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>ორი PIN განსხვავდება; აკრიფეთ ერთი და იგივე PIN ორჯერ.</translation>
    </message>
    <message>
        <source>There is no time zone called %1.</source>
        <translation>დროის სარტყელი %1 არ არსებობს.</translation>
    </message>
</context>
<context>
    <name>ShiftCloseDialog</name>
    <message>
        <source>Close shift</source>
        <translation>ცვლის დახურვა</translation>
    </message>
    <message>
        <source>Close the shift</source>
        <translation>ცვლის დახურვა</translation>
    </message>
    <message>
        <source>Count all the cash in the drawer and type the amount.</source>
        <translation>დაითვალეთ უჯრაში არსებული მთელი ნაღდი ფული და აკრიფეთ თანხა.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>გაუქმება (Esc)</translation>
    </message>
    <message>
        <source>Type the cash counted (0 if the drawer is empty).</source>
        <translation>აკრიფეთ დათვლილი ნაღდი (0, თუ უჯრა ცარიელია).</translation>
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation>დათვლილი ნაღდი ვერ იქნება უარყოფითი.</translation>
    </message>
</context>
<context>
    <name>ShiftOpenPage</name>
    <message>
        <source>Open a shift</source>
        <translation>ცვლის გახსნა</translation>
    </message>
    <message>
        <source>Count the cash in the drawer (the float) and type the amount.</source>
        <translation>დაითვალეთ უჯრაში არსებული ნაღდი ფული (ხურდის ფონდი) და აკრიფეთ თანხა.</translation>
    </message>
    <message>
        <source>Log out (Esc)</source>
        <translation>გასვლა (Esc)</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>გამარჯობა, {name}</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <source>Z report</source>
        <translation>Z ანგარიში</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X ანგარიში</translation>
    </message>
    <message>
        <source>Z report no. {number}</source>
        <translation>Z ანგარიში № {number}</translation>
    </message>
    <message>
        <source>X report (shift still open)</source>
        <translation>X ანგარიში (ცვლა ჯერ ღიაა)</translation>
    </message>
    <message>
        <source>Print (F9)</source>
        <translation>ბეჭდვა (F9)</translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation>დახურვა (Enter)</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>სალარო</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>მოლარე</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>გაიხსნა</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>დაიხურა</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>გაყიდვები</translation>
    </message>
    <message>
        <source>Sales ({count})</source>
        <translation>გაყიდვები ({count})</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>დაბრუნებები ({count})</translation>
    </message>
    <message>
        <source>Voided sales</source>
        <translation>გაუქმებული გაყიდვები</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>გაცემული ფასდაკლებები</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>წმინდა ჯამი</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>დღგ-ს ჩათვლით</translation>
    </message>
    <message>
        <source>VAT {rate} on {gross}</source>
        <translation>დღგ {rate} თანხიდან {gross}</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>გადახდები</translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation>დახარჯული ქულები</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>ფულის უჯრა</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>ხურდის ფონდი</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>გაცემული ხურდა</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>შეტანა / გატანა</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>მოსალოდნელი ნაღდი</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>დათვლილი ნაღდი</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>ზედმეტი</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>დანაკლისი</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>ზუსტად</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>გაიგზავნა პრინტერზე.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>თქვენი მაღაზია</translation>
    </message>
    <message>
        <source>The name printed on every receipt, the language of the till and its money.</source>
        <translation>სახელი, რომელიც ყველა ჩეკზე იბეჭდება, სალაროს ენა და ვალუტა.</translation>
    </message>
    <message>
        <source>Shop na&amp;me</source>
        <translation>მაღაზიის &amp;სახელი</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;ენა</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;ვალუტა</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;დროის სარტყელი</translation>
    </message>
</context>
<context>
    <name>Tender</name>
    <message>
        <source>Cash</source>
        <translation>ნაღდი</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>ბარათი</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ქულები</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>სასაჩუქრე ბარათი</translation>
    </message>
</context>
<context>
    <name>TillFlows</name>
    <message>
        <source>Void this sale of {total}</source>
        <translation>გაუქმდეს ეს გაყიდვა ({total})</translation>
    </message>
    <message>
        <source>Finish or park the sale first, then take the return.</source>
        <translation>ჯერ დაასრულეთ ან გადადეთ გაყიდვა, შემდეგ მიიღეთ დაბრუნება.</translation>
    </message>
    <message>
        <source>Return {number} done: give back {amount}.</source>
        <translation>დაბრუნება {number} შესრულდა: დააბრუნეთ {amount}.</translation>
    </message>
    <message>
        <source>Finish or park the sale first.</source>
        <translation>ჯერ დაასრულეთ ან გადადეთ გაყიდვა.</translation>
    </message>
    <message>
        <source>Open the manager tools</source>
        <translation>მენეჯერის ხელსაწყოების გახსნა</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <source>Office: checking…</source>
        <translation>ოფისი: მოწმდება…</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>პრინტერი: არ არის დაყენებული</translation>
    </message>
    <message>
        <source>Scanner: keyboard only</source>
        <translation>სკანერი: მხოლოდ კლავიატურა</translation>
    </message>
    <message>
        <source>{count} queued</source>
        <translation>{count} რიგში</translation>
    </message>
    <message>
        <source>Office: online</source>
        <translation>ოფისი: ონლაინ</translation>
    </message>
    <message>
        <source>Office: offline {minutes} min</source>
        <translation>ოფისი: ოფლაინ {minutes} წთ</translation>
    </message>
    <message>
        <source>Office: refused the sync</source>
        <translation>ოფისმა სინქრონიზაცია უარყო</translation>
    </message>
    <message>
        <source>Office: register this till again</source>
        <translation>ოფისი: სალარო ხელახლა დაარეგისტრირეთ</translation>
    </message>
    <message>
        <source>Office: not set up (offline)</source>
        <translation>ოფისი: არ არის დაყენებული (ოფლაინ)</translation>
    </message>
    <message>
        <source>Office: sync stopped</source>
        <translation>ოფისი: სინქრონიზაცია შეჩერდა</translation>
    </message>
    <message>
        <source>The head office no longer accepts this till: it was revoked there, or registered again on another computer. Sales stay queued here and nothing is lost. Ask the office for a new code and register the till again.</source>
        <translation>სათაო ოფისი ამ სალაროს აღარ იღებს: იქ გაუქმდა, ან ხელახლა დარეგისტრირდა სხვა კომპიუტერზე. გაყიდვები აქ რიგში რჩება და არაფერი იკარგება. სთხოვეთ ოფისს ახალი კოდი და სალარო ხელახლა დაარეგისტრირეთ.</translation>
    </message>
    <message>
        <source>programs kept on this till: {count}</source>
        <translation>ამ სალაროში დარჩენილი პროგრამები: {count}</translation>
    </message>
    <message>
        <source>The head office does not let this till publish loyalty programs to the other shops. Programs saved here work on this till only. Once the office allows it, they are sent at the next sync.</source>
        <translation>სათაო ოფისი ამ სალაროს არ აძლევს უფლებას, ლოიალობის პროგრამები სხვა მაღაზიებისთვის გამოაქვეყნოს. აქ შენახული პროგრამები მხოლოდ ამ სალაროში მუშაობს. როგორც კი ოფისი ამის უფლებას მისცემს, ისინი შემდეგი სინქრონიზაციისას გაიგზავნება.</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>ცვლა არ არის გახსნილი</translation>
    </message>
    <message>
        <source>Shift since {time}</source>
        <translation>ცვლა {time}-დან</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>არავინ არ არის შესული</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <source>Kupa — {shop}, till {till}</source>
        <translation>Kupa — {shop}, სალარო {till}</translation>
    </message>
    <message>
        <source>The sale that was open when the till stopped is back.</source>
        <translation>გაყიდვა, რომელიც სალაროს გათიშვისას ღია იყო, აღდგენილია.</translation>
    </message>
    <message>
        <source>{time} by {name}</source>
        <translation>{time}, {name}</translation>
    </message>
    <message>
        <source>Sale {number} voided.</source>
        <translation>გაყიდვა {number} გაუქმდა.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>მიმდინარე</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Subtotal</source>
        <translation>შუალედური ჯამი</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>ფასდაკლებები</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>დღგ-ს ჩათვლით</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ჯამი</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>გადახდილია</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>გადასახდელი</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ხურდა</translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message>
        <source>Import and export CSV</source>
        <translation>CSV იმპორტი და ექსპორტი</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>პროდუქტები</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>წევრები</translation>
    </message>
    <message>
        <source>/path/to/file.csv</source>
        <translation>/path/to/file.csv</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>არჩევა…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>რა</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ფაილი</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>იმპორტი</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ექსპორტი</translation>
    </message>
    <message>
        <source>The file is checked whole first: if any row is wrong, nothing is imported and every bad row is listed.</source>
        <translation>ჯერ მთელი ფაილი მოწმდება: თუ რომელიმე სტრიქონი არასწორია, არაფერი იმპორტირდება და ყველა ცუდი სტრიქონი ჩამოითვლება.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV ფაილი</translation>
    </message>
    <message>
        <source>Choose the file first.</source>
        <translation>ჯერ აირჩიეთ ფაილი.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>ფაილი მოწმდება…</translation>
    </message>
    <message>
        <source>{rows} rows imported: {created} new, {updated} updated.</source>
        <translation>იმპორტირდა {rows} სტრიქონი: {created} ახალი, {updated} განახლდა.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} bad row(s) of {rows}. Correct them and import again.</source>
        <translation>არაფერი იმპორტირდა: {rows}-დან {count} სტრიქონი არასწორია. შეასწორეთ და ხელახლა გაუშვით იმპორტი.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>სტრიქონი {line}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {column} {reason}</source>
        <translation>სტრიქონი {line}, სვეტი „{column}“: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>ფაილის წაკითხვა ვერ ხერხდება: {reason}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>ექსპორტი მიმდინარეობს…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>ექსპორტირდა: {path}.</translation>
    </message>
</context>
</TS>
