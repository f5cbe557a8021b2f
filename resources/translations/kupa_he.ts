<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust points</source>
        <translation>תיקון נקודות</translation>
    </message>
    <message>
        <source>Adjust the points of card {card}</source>
        <translation>תיקון הנקודות של כרטיס {card}</translation>
    </message>
    <message>
        <source>e.g. 50 or -12.5</source>
        <translation>למשל 50 או ‎-12.5</translation>
    </message>
    <message>
        <source>Why (kept in the audit trail)</source>
        <translation>סיבה (נשמרת ביומן הביקורת)</translation>
    </message>
    <message>
        <source>Points (+ add, − take)</source>
        <translation>נקודות (+ הוספה, − הורדה)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>קוד מנהל</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <source>Adjust (Enter)</source>
        <translation>תיקון (Enter)</translation>
    </message>
    <message>
        <source>Type the points to add, or a minus sign and the points to take.</source>
        <translation>הקלידו את הנקודות להוספה, או סימן מינוס ואת הנקודות להורדה.</translation>
    </message>
    <message>
        <source>Say why the points change.</source>
        <translation>ציינו מדוע הנקודות משתנות.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>בודק…</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>אישור מנהל</translation>
    </message>
    <message>
        <source>Manager PIN to approve:</source>
        <translation>קוד מנהל לאישור:</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>בודק…</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Audit trail</source>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <source>Newest first. Entries are never changed or removed.</source>
        <translation>החדשים קודם. רשומות לעולם אינן משתנות או נמחקות.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>אושר על ידי</translation>
    </message>
</context>
<context>
    <name>CardStatus</name>
    <message>
        <source>blocked</source>
        <translation>חסום</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>הוחלף</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>Item</source>
        <translation>פריט</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>מחיר</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>הנחה</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה&quot;כ</translation>
    </message>
</context>
<context>
    <name>CheckoutBridge</name>
    <message>
        <source>Please wait: the last sale is still being saved.</source>
        <translation>רגע: המכירה הקודמת עדיין נשמרת.</translation>
    </message>
    <message>
        <source>No sale is open: log in and open a shift.</source>
        <translation>אין מכירה פתוחה: התחברו ופתחו משמרת.</translation>
    </message>
    <message>
        <source>Sale parked: {label}</source>
        <translation>המכירה הושהתה: {label}</translation>
    </message>
    <message>
        <source>Park or finish the sale in progress first.</source>
        <translation>השהו או סיימו קודם את המכירה הנוכחית.</translation>
    </message>
    <message>
        <source>No longer sold, left out: {names}</source>
        <translation>לא נמכרים עוד, הוצאו: {names}</translation>
    </message>
</context>
<context>
    <name>DeviceBridge</name>
    <message>
        <source>Scanner: keyboard wedge</source>
        <translation>סורק: דרך המקלדת</translation>
    </message>
    <message>
        <source>Scanner: typed codes only</source>
        <translation>סורק: הקלדה בלבד</translation>
    </message>
    <message>
        <source>Scanner: ready</source>
        <translation>סורק: מוכן</translation>
    </message>
    <message>
        <source>Scanner: {name} not connected</source>
        <translation>סורק: {name} לא מחובר</translation>
    </message>
    <message>
        <source>Scanner: {name} starting</source>
        <translation>סורק: {name} מתחבר</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No product has the code {code}.</source>
        <translation>אין מוצר עם הקוד {code}.</translation>
    </message>
    <message>
        <source>The code {code} cannot be read: {reason}.</source>
        <translation>לא ניתן לקרוא את הקוד {code}: {reason}.</translation>
    </message>
    <message>
        <source>Quantity not accepted: {reason}.</source>
        <translation>הכמות לא התקבלה: {reason}.</translation>
    </message>
    <message>
        <source>Discount not accepted: {reason}.</source>
        <translation>ההנחה לא התקבלה: {reason}.</translation>
    </message>
    <message>
        <source>Payment not accepted: {reason}.</source>
        <translation>התשלום לא התקבל: {reason}.</translation>
    </message>
    <message>
        <source>A {kind} payment cannot be more than the {due} still due; only cash gives change.</source>
        <translation>תשלום ב{kind} לא יכול לעלות על {due} שנותרו לתשלום; רק מזומן נותן עודף.</translation>
    </message>
    <message>
        <source>{due} is still to pay.</source>
        <translation>נותר לתשלום {due}.</translation>
    </message>
    <message>
        <source>The sale has no items.</source>
        <translation>אין פריטים במכירה.</translation>
    </message>
    <message>
        <source>This sale is already finished.</source>
        <translation>המכירה כבר הסתיימה.</translation>
    </message>
    <message>
        <source>That line is no longer in the sale.</source>
        <translation>השורה כבר אינה במכירה.</translation>
    </message>
    <message>
        <source>That amount is in another currency.</source>
        <translation>הסכום במטבע אחר.</translation>
    </message>
    <message>
        <source>That is not an amount.</source>
        <translation>זה אינו סכום.</translation>
    </message>
    <message>
        <source>Open a shift before selling.</source>
        <translation>פתחו משמרת לפני המכירה.</translation>
    </message>
    <message>
        <source>Card {card} is not known here. The sale goes on without a card.</source>
        <translation>כרטיס {card} אינו מוכר כאן. המכירה ממשיכה בלי כרטיס.</translation>
    </message>
    <message>
        <source>Card {card} is {status}: {reason}. The sale goes on without a card.</source>
        <translation>כרטיס {card} {status}: {reason}. המכירה ממשיכה בלי כרטיס.</translation>
    </message>
    <message>
        <source>Card {card} is {status}. The sale goes on without a card.</source>
        <translation>כרטיס {card} {status}. המכירה ממשיכה בלי כרטיס.</translation>
    </message>
    <message>
        <source>Wrong PIN ({left} attempts left).</source>
        <translation>קוד שגוי (נותרו {left} ניסיונות).</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in a few minutes or ask a manager.</source>
        <translation>יותר מדי קודים שגויים: נסו שוב בעוד כמה דקות או פנו למנהל.</translation>
    </message>
    <message>
        <source>Too many wrong PINs at this till: PIN entry is paused for a few minutes.</source>
        <translation>יותר מדי קודים שגויים בקופה זו: הזנת קוד מושהית לכמה דקות.</translation>
    </message>
    <message>
        <source>The till&apos;s disk is full, so nothing was saved. The sale stays open: ask a manager to free some space, then complete it again.</source>
        <translation>הדיסק של הקופה מלא ולכן דבר לא נשמר. המכירה נשארת פתוחה: בקשו ממנהל לפנות מקום, ואז השלימו אותה שוב.</translation>
    </message>
    <message>
        <source>The till cannot write to its database (the disk is read-only or failing), so nothing was saved. The sale stays open: call for help, then complete it again.</source>
        <translation>הקופה אינה יכולה לכתוב למסד הנתונים שלה (הדיסק לקריאה בלבד או תקול) ולכן דבר לא נשמר. המכירה נשארת פתוחה: קראו לעזרה, ואז השלימו אותה שוב.</translation>
    </message>
    <message>
        <source>A manager PIN is needed for this.</source>
        <translation>נדרש קוד מנהל לפעולה זו.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>קוד אישי הוא 4 עד 12 ספרות.</translation>
    </message>
    <message>
        <source>A shift is already open on this till.</source>
        <translation>כבר פתוחה משמרת בקופה זו.</translation>
    </message>
    <message>
        <source>No shift is open on this till.</source>
        <translation>אין משמרת פתוחה בקופה זו.</translation>
    </message>
    <message>
        <source>That parked sale is no longer there.</source>
        <translation>המכירה המושהית כבר אינה קיימת.</translation>
    </message>
    <message>
        <source>This sale cannot be parked: {reason}.</source>
        <translation>לא ניתן להשהות מכירה זו: {reason}.</translation>
    </message>
    <message>
        <source>The printer did not print: {reason}.</source>
        <translation>המדפסת לא הדפיסה: {reason}.</translation>
    </message>
    <message>
        <source>No sale has the receipt number {number}.</source>
        <translation>אין מכירה עם מספר קבלה {number}.</translation>
    </message>
    <message>
        <source>Choose at least one line to return.</source>
        <translation>בחרו לפחות שורה אחת להחזרה.</translation>
    </message>
    <message>
        <source>This receipt cannot be returned: {reason}.</source>
        <translation>לא ניתן להחזיר קבלה זו: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>משהו השתבש: {error}</translation>
    </message>
    <message>
        <source>amount in {got} where {expected} is expected</source>
        <translation>סכום ב־{got} במקום שבו נדרש {expected}</translation>
    </message>
    <message>
        <source>no product has barcode {code}</source>
        <translation>אין מוצר עם הברקוד {code}</translation>
    </message>
    <message>
        <source>barcode {code} cannot be read: {reason}</source>
        <translation>לא ניתן לקרוא את הברקוד {code}: {reason}</translation>
    </message>
    <message>
        <source>quantity not accepted: {reason}</source>
        <translation>הכמות לא התקבלה: {reason}</translation>
    </message>
    <message>
        <source>that line is not in this sale</source>
        <translation>השורה הזו אינה במכירה</translation>
    </message>
    <message>
        <source>discount not accepted: {reason}</source>
        <translation>ההנחה לא התקבלה: {reason}</translation>
    </message>
    <message>
        <source>{kind} payment of {amount} is more than the {due} still due; only cash can give change</source>
        <translation>תשלום ב{kind} של {amount} גבוה מ־{due} שנותרו לתשלום; רק מזומן יכול לתת עודף</translation>
    </message>
    <message>
        <source>payment not accepted: {reason}</source>
        <translation>התשלום לא התקבל: {reason}</translation>
    </message>
    <message>
        <source>{due} is still to pay</source>
        <translation>נותר לתשלום {due}</translation>
    </message>
    <message>
        <source>the sale is already {state}</source>
        <translation>המכירה כבר {state}</translation>
    </message>
    <message>
        <source>the sale has no items</source>
        <translation>אין פריטים במכירה</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>יש לכתוב אובייקט JSON (ערכים עם שמות)</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>לא מוכר</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>יש לכתוב רשימה [ ]</translation>
    </message>
    <message>
        <source>must be yes/no</source>
        <translation>יש לכתוב כן/לא (true או false)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>יש לכתוב מספר שלם</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>יש לכתוב טקסט</translation>
    </message>
    <message>
        <source>must be a date and time with its timezone</source>
        <translation>יש לכתוב תאריך ושעה עם אזור זמן</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>יש לכתוב תאריך (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>יש לבחור אחד מאלה: {allowed}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>חסר</translation>
    </message>
    <message>
        <source>must be given, without &apos;:&apos;</source>
        <translation>חובה למלא, בלי הסימן &quot;:&quot;</translation>
    </message>
    <message>
        <source>is an amount or a percentage</source>
        <translation>יש לקבוע סכום או אחוז, רק אחד מהשניים</translation>
    </message>
    <message>
        <source>{what}: {field} {reason}</source>
        <translation>{what}, שדה &quot;{field}&quot;: {reason}</translation>
    </message>
    <message>
        <source>this card is blocked; it cannot earn or spend</source>
        <translation>הכרטיס חסום; אי אפשר לצבור או לממש בו</translation>
    </message>
    <message>
        <source>the card has {available} points available; {wanted} were asked for</source>
        <translation>בכרטיס {available} נקודות זמינות; התבקשו {wanted}</translation>
    </message>
    <message>
        <source>points can be spent from a balance of {minimum}; the card has {available}</source>
        <translation>ניתן לממש נקודות מיתרה של {minimum}; בכרטיס {available}</translation>
    </message>
    <message>
        <source>{what} needs a receipt of at least {minimum}; this one is {total}</source>
        <translation>{what} דורש קבלה של {minimum} לפחות; בקבלה זו {total}</translation>
    </message>
    <message>
        <source>at most {limit} may be paid with points here ({reason}); {asked} was asked</source>
        <translation>כאן ניתן לשלם בנקודות עד {limit} ({reason}); התבקשו {asked}</translation>
    </message>
    <message>
        <source>points cannot pay for this sale: {reason}</source>
        <translation>לא ניתן לשלם בנקודות על מכירה זו: {reason}</translation>
    </message>
    <message>
        <source>coupon {code} is not known</source>
        <translation>הקופון {code} אינו מוכר</translation>
    </message>
    <message>
        <source>coupon {code} can be used from {day}</source>
        <translation>ניתן להשתמש בקופון {code} החל מ־{day}</translation>
    </message>
    <message>
        <source>coupon {code} expired on {day}</source>
        <translation>תוקף הקופון {code} פג ב־{day}</translation>
    </message>
    <message>
        <source>coupon {code} has already been used ({uses} of {uses})</source>
        <translation>כבר נעשה שימוש בקופון {code} ({uses} מתוך {uses})</translation>
    </message>
    <message>
        <source>that gift card is not known</source>
        <translation>כרטיס המתנה הזה אינו מוכר</translation>
    </message>
    <message>
        <source>the gift card&apos;s balance of {expired} has expired</source>
        <translation>תוקף יתרת כרטיס המתנה בסך {expired} פג</translation>
    </message>
    <message>
        <source>the gift card has {available}; {wanted} was asked for</source>
        <translation>בכרטיס המתנה {available}; התבקשו {wanted}</translation>
    </message>
    <message>
        <source>gift card amount not accepted: {reason}</source>
        <translation>סכום כרטיס המתנה לא התקבל: {reason}</translation>
    </message>
    <message>
        <source>the card has {available} stamps; {wanted} are needed</source>
        <translation>בכרטיס {available} חותמות; נדרשות {wanted}</translation>
    </message>
    <message>
        <source>adjustment not accepted: {reason}</source>
        <translation>התיקון לא התקבל: {reason}</translation>
    </message>
    <message>
        <source>more is being returned than was sold on this line</source>
        <translation>מוחזר יותר ממה שנמכר בשורה זו</translation>
    </message>
    <message>
        <source>coupon {code} has been withdrawn by the shop</source>
        <translation>החנות ביטלה את הקופון {code}</translation>
    </message>
    <message>
        <source>is not a known timezone</source>
        <translation>אזור זמן לא מוכר</translation>
    </message>
    <message>
        <source>list each category once</source>
        <translation>כל קטגוריה תופיע פעם אחת בלבד</translation>
    </message>
    <message>
        <source>must be within {lowest}-{highest}</source>
        <translation>שעות בין {lowest} ל־{highest}, ההתחלה לפני הסוף</translation>
    </message>
    <message>
        <source>are 0 (Mon)-6 (Sun)</source>
        <translation>ימים מ־0 (שני) עד 6 (ראשון)</translation>
    </message>
    <message>
        <source>must end before points expire</source>
        <translation>צריך להסתיים לפני שתוקף הנקודות פג</translation>
    </message>
    <message>
        <source>must not be before {field}</source>
        <translation>לא יכול להיות לפני {field}</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ערך שלילי אינו מותר</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>יש לכתוב ערך גדול מאפס</translation>
    </message>
    <message>
        <source>must be {lowest}-{highest}</source>
        <translation>יש לכתוב ערך בין {lowest} ל־{highest}</translation>
    </message>
    <message>
        <source>must be 0-{maximum} in basis points</source>
        <translation>יש לכתוב ערך בין 0 ל־{maximum} בנקודות בסיס</translation>
    </message>
    <message>
        <source>must be an ISO 4217 code</source>
        <translation>יש לכתוב קוד מטבע לפי ISO 4217 (למשל ILS)</translation>
    </message>
    <message>
        <source>must be {lowest} or more</source>
        <translation>יש לכתוב {lowest} או יותר</translation>
    </message>
    <message>
        <source>must list at least one tier</source>
        <translation>יש להגדיר לפחות דרגה אחת</translation>
    </message>
    <message>
        <source>need distinct names</source>
        <translation>לכל דרגה צריך שם אחר</translation>
    </message>
    <message>
        <source>must divide a year</source>
        <translation>מספר החודשים צריך לחלק את השנה (1, 2, 3, 4, 6 או 12)</translation>
    </message>
    <message>
        <source>must not be below {field}</source>
        <translation>לא יכול להיות נמוך מ־{field}</translation>
    </message>
    <message>
        <source>needs a timezone</source>
        <translation>חסר אזור זמן</translation>
    </message>
    <message>
        <source>must be after {field}</source>
        <translation>צריך להיות אחרי {field}</translation>
    </message>
    <message>
        <source>is {found}, not {expected}</source>
        <translation>{found} במקום {expected}</translation>
    </message>
    <message>
        <source>must be higher than the tier before</source>
        <translation>הסף צריך להיות גבוה מזה של הדרגה הקודמת</translation>
    </message>
    <message>
        <source>{kind} is not a kind of program</source>
        <translation>{kind} אינו סוג תוכנית מוכר</translation>
    </message>
    <message>
        <source>must be {expected}</source>
        <translation>צריך להיות {expected}</translation>
    </message>
    <message>
        <source>is longer than {longest} characters</source>
        <translation>יותר מ־{longest} תווים</translation>
    </message>
    <message>
        <source>is not a plausible date of birth</source>
        <translation>אינו תאריך לידה סביר</translation>
    </message>
    <message>
        <source>{field} {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>must be given</source>
        <translation>חובה למלא</translation>
    </message>
    <message>
        <source>must be digits, spaces or dashes, with an optional + in front</source>
        <translation>מותרים רק ספרות, רווחים או מקפים, ואפשר + בהתחלה</translation>
    </message>
    <message>
        <source>is not a valid address</source>
        <translation>אינה כתובת תקינה</translation>
    </message>
    <message>
        <source>card {card} is not known here</source>
        <translation>כרטיס {card} אינו מוכר כאן</translation>
    </message>
    <message>
        <source>card {card} is {status}: {reason}</source>
        <translation>כרטיס {card} {status}: {reason}</translation>
    </message>
    <message>
        <source>card {card} is {status}</source>
        <translation>כרטיס {card} {status}</translation>
    </message>
    <message>
        <source>{code} is used by {name}</source>
        <translation>{code} כבר בשימוש אצל {name}</translation>
    </message>
    <message>
        <source>must stay {kind} (save it under a new id)</source>
        <translation>הסוג צריך להישאר {kind} (לסוג אחר יש לשמור עם id חדש)</translation>
    </message>
    <message>
        <source>no sale with receipt number {number}</source>
        <translation>אין מכירה עם מספר קבלה {number}</translation>
    </message>
    <message>
        <source>choose at least one line to return</source>
        <translation>בחרו לפחות שורה אחת להחזרה</translation>
    </message>
    <message>
        <source>this receipt cannot be returned: {reason}</source>
        <translation>לא ניתן להחזיר קבלה זו: {reason}</translation>
    </message>
    <message>
        <source>this sale cannot be parked: {reason}</source>
        <translation>לא ניתן להשהות מכירה זו: {reason}</translation>
    </message>
    <message>
        <source>must be a date like {example}</source>
        <translation>יש להקליד תאריך כמו {example}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>יום הולדת</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line {line}: {reason}</source>
        <translation>שורה {line}: {reason}</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>יש לכתוב yes או no (או כן / לא)</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>יש לכתוב תאריך (YYYY-MM-DD או DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>line {line}: {column} {reason}</source>
        <translation>שורה {line}, עמודה &quot;{column}&quot;: {reason}</translation>
    </message>
    <message>
        <source>{errors} bad row(s) of {rows}, nothing imported; first: {first}</source>
        <translation>{errors} שורות שגויות מתוך {rows}, דבר לא יובא; הראשונה: {first}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>אין ערך</translation>
    </message>
    <message>
        <source>{value} is already on line {earlier}</source>
        <translation>{value} כבר מופיע בשורה {earlier}</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ערך שלילי אינו מותר</translation>
    </message>
    <message>
        <source>must be 100% or less</source>
        <translation>לכל היותר 100%</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>לא צוינה סיבה</translation>
    </message>
    <message>
        <source>a column is named twice</source>
        <translation>אותה עמודה מופיעה פעמיים בכותרת</translation>
    </message>
    <message>
        <source>must be pc or kg</source>
        <translation>יש לכתוב pc או kg</translation>
    </message>
    <message>
        <source>must be digits</source>
        <translation>מותרות ספרות בלבד</translation>
    </message>
    <message>
        <source>need a card number to go on</source>
        <translation>כדי לטעון נקודות צריך מספר כרטיס בעמודה &quot;card&quot;</translation>
    </message>
    <message>
        <source>unknown column &apos;{name}&apos;</source>
        <translation>עמודה לא מוכרת &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a percentage</source>
        <translation>&quot;{text}&quot; אינו אחוז</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of points</source>
        <translation>&quot;{text}&quot; אינו מספר נקודות</translation>
    </message>
    <message>
        <source>the column &apos;{name}&apos; is missing</source>
        <translation>חסרה העמודה &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount</source>
        <translation>&quot;{text}&quot; אינו סכום</translation>
    </message>
    <message>
        <source>the row has {count} fields; the header has {expected}</source>
        <translation>בשורה יש {count} שדות, ובכותרת {expected}</translation>
    </message>
    <message>
        <source>{code} is not a barcode with a right check digit</source>
        <translation>{code} אינו ברקוד עם ספרת ביקורת נכונה</translation>
    </message>
    <message>
        <source>must be 6 to 24 digits</source>
        <translation>יש לכתוב 6 עד 24 ספרות</translation>
    </message>
    <message>
        <source>has a wrong check digit</source>
        <translation>ספרת הביקורת שגויה</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>הקובץ ריק</translation>
    </message>
    <message>
        <source>{number} is already used</source>
        <translation>{number} כבר בשימוש</translation>
    </message>
    <message>
        <source>{category} is not a category of this shop</source>
        <translation>{category} אינה קטגוריה של חנות זו</translation>
    </message>
    <message>
        <source>{code} belongs to another product</source>
        <translation>{code} שייך למוצר אחר</translation>
    </message>
</context>
<context>
    <name>IssueTab</name>
    <message>
        <source>Issue a card</source>
        <translation>הנפקת כרטיס</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>חבר מועדון חדש</translation>
    </message>
    <message>
        <source>Existing member</source>
        <translation>חבר מועדון קיים</translation>
    </message>
    <message>
        <source>Empty: the next number; or scan a pre-printed card</source>
        <translation>ריק: המספר הבא; או סרקו כרטיס מודפס מראש</translation>
    </message>
    <message>
        <source>Card programme</source>
        <translation>תוכנית הכרטיס</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>מספר כרטיס</translation>
    </message>
    <message>
        <source>Issue and print (F12)</source>
        <translation>הנפקה והדפסה (F12)</translation>
    </message>
    <message>
        <source>Write the magstripe</source>
        <translation>כתיבת הפס המגנטי</translation>
    </message>
    <message>
        <source>The printed card appears here.</source>
        <translation>הכרטיס המודפס יופיע כאן.</translation>
    </message>
    <message>
        <source>The card goes to {name}.</source>
        <translation>הכרטיס יונפק ל{name}.</translation>
    </message>
    <message>
        <source>The shop has no card programme yet: add one under Programs.</source>
        <translation>לחנות אין עדיין תוכנית כרטיסים: הוסיפו אחת בלשונית תוכניות.</translation>
    </message>
    <message>
        <source>Find the member first, then press Enter to choose them.</source>
        <translation>מצאו קודם את חבר המועדון, ואז הקישו Enter כדי לבחור בו.</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>מנפיק…</translation>
    </message>
    <message>
        <source>Card {number} issued to {name}. Welcome bonus: {points} points.</source>
        <translation>כרטיס {number} הונפק ל{name}. בונוס הצטרפות: {points} נקודות.</translation>
    </message>
    <message>
        <source>Printed to {png} and {pdf}.</source>
        <translation>הודפס אל {png} ואל {pdf}.</translation>
    </message>
    <message>
        <source>The card was issued but not printed: {reason}</source>
        <translation>הכרטיס הונפק אך לא הודפס: {reason}</translation>
    </message>
    <message>
        <source>No card encoder is set up on this till: the card works by its barcode.</source>
        <translation>לא מוגדר מקודד כרטיסים בקופה זו: הכרטיס פועל לפי הברקוד שלו.</translation>
    </message>
    <message>
        <source>Swipe the card through the encoder now…</source>
        <translation>העבירו עכשיו את הכרטיס במקודד…</translation>
    </message>
    <message>
        <source>Magstripe written and read back correctly.</source>
        <translation>הפס המגנטי נכתב ונקרא בחזרה כראוי.</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete the last digit</source>
        <translation>מחיקת הספרה האחרונה</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>אישור</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <source>Key figures, last 12 months</source>
        <translation>מדדים עיקריים, 12 החודשים האחרונים</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>ייצוא CSV</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>שיעור רכישה חוזרת</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>חברי מועדון פעילים</translation>
    </message>
    <message>
        <source>Receipts with a card</source>
        <translation>קבלות עם כרטיס</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>שיעור מימוש</translation>
    </message>
    <message>
        <source>Average receipt, members</source>
        <translation>קבלה ממוצעת, חברי מועדון</translation>
    </message>
    <message>
        <source>Average receipt, others</source>
        <translation>קבלה ממוצעת, אחרים</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>ערך לקוח לאורך זמן</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>נטישה</translation>
    </message>
    <message>
        <source>Points outstanding (liability)</source>
        <translation>נקודות פתוחות (התחייבות)</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>דרגות</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>סופר…</translation>
    </message>
    <message>
        <source>{score} ({answers} answers)</source>
        <translation>{score} ({answers} תשובות)</translation>
    </message>
    <message>
        <source>{points} points = {money}</source>
        <translation>{points} נקודות = {money}</translation>
    </message>
    <message>
        <source>Only {rate} of the points earned are spent (under 20%): the program is not working for customers.</source>
        <translation>רק {rate} מהנקודות שנצברו מומשו (פחות מ־20%): התוכנית אינה עובדת עבור הלקוחות.</translation>
    </message>
    <message>
        <source>From {start} to {end} · {scope}</source>
        <translation>מ־{start} עד {end} · {scope}</translation>
    </message>
    <message>
        <source>Month by month (%)</source>
        <translation>חודש אחר חודש (%)</translation>
    </message>
    <message>
        <source>Alert under 20%</source>
        <translation>התראה מתחת ל־20%</translation>
    </message>
    <message>
        <source>No tier ladder</source>
        <translation>אין סולם דרגות</translation>
    </message>
    <message>
        <source>Cards by tier: {ladder}</source>
        <translation>כרטיסים לפי דרגה: {ladder}</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>כרטיסים</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>ללא דרגה</translation>
    </message>
    <message>
        <source>Export the KPIs</source>
        <translation>ייצוא המדדים</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>נשמר אל {path}.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Till {code}</source>
        <translation>קופה {code}</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>הקישו את הקוד האישי</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>בודק…</translation>
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
        <translation>{rule} לא משולב: {chosen} חוסך יותר ({saving} לעומת {other})</translation>
    </message>
    <message>
        <source>{name}: no points on this sale</source>
        <translation>{name}: אין נקודות על מכירה זו</translation>
    </message>
    <message>
        <source>offline limit {points} points</source>
        <translation>מגבלה ללא חיבור: {points} נקודות</translation>
    </message>
    <message>
        <source>{name} points are for sales in {currency}</source>
        <translation>נקודות {name} מיועדות למכירות ב־{currency}</translation>
    </message>
    <message>
        <source>points can pay for receipts from {minimum}</source>
        <translation>נקודות יכולות לשלם על קבלות החל מ־{minimum}</translation>
    </message>
    <message>
        <source>no points available</source>
        <translation>אין נקודות זמינות</translation>
    </message>
    <message>
        <source>points can be spent from a balance of {minimum}</source>
        <translation>ניתן לממש נקודות מיתרה של {minimum}</translation>
    </message>
    <message>
        <source>{points} points available</source>
        <translation>{points} נקודות זמינות</translation>
    </message>
    <message>
        <source>goods payable with points</source>
        <translation>מוצרים שניתן לשלם עליהם בנקודות</translation>
    </message>
    <message>
        <source>up to {percent} of the receipt</source>
        <translation>עד {percent} מהקבלה</translation>
    </message>
    <message>
        <source>{name}: {points} points - {percent} ({promotions}) of {amount}</source>
        <translation>{name}: {points} נקודות - {percent} ({promotions}) מתוך {amount}</translation>
    </message>
    <message>
        <source>{name}: {points} points - {percent} of {amount}</source>
        <translation>{name}: {points} נקודות - {percent} מתוך {amount}</translation>
    </message>
    <message>
        <source>{name}: {points} points on {amount} (rates by category: {promotions})</source>
        <translation>{name}: {points} נקודות על {amount} (שיעורים לפי קטגוריה: {promotions})</translation>
    </message>
    <message>
        <source>{name}: {points} points on {amount} (rates by category)</source>
        <translation>{name}: {points} נקודות על {amount} (שיעורים לפי קטגוריה)</translation>
    </message>
    <message>
        <source>coupon {code}: {error}</source>
        <translation>קופון {code}: {error}</translation>
    </message>
    <message>
        <source>Coupon {code} {percent}</source>
        <translation>קופון {code} {percent}</translation>
    </message>
    <message>
        <source>Coupon {code} {amount} off</source>
        <translation>קופון {code}: {amount} הנחה</translation>
    </message>
    <message>
        <source>{title} - {name} (receipts from {minimum})</source>
        <translation>{title} - {name} (קבלות מ־{minimum})</translation>
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
        <translation>{title} - כרטיס מועדון</translation>
    </message>
    <message>
        <source>{title} - points spent in {count} sales (more than {after})</source>
        <translation>{title} - מימוש נקודות ב־{count} מכירות (יותר מ־{after})</translation>
    </message>
    <message>
        <source>{name}: {count} free</source>
        <translation>{name}: {count} חינם</translation>
    </message>
    <message>
        <source>{title} - {needed} stamps each (card had {had})</source>
        <translation>{title} - {needed} חותמות לכל אחד (בכרטיס היו {had})</translation>
    </message>
    <message>
        <source>Gift card: {used} used, {left} left</source>
        <translation>כרטיס מתנה: נוצלו {used}, נותרו {left}</translation>
    </message>
    <message>
        <source>{name}: {have} of {needed} stamps</source>
        <translation>{name}: {have} מתוך {needed} חותמות</translation>
    </message>
    <message>
        <source>Paid with points: {points} points</source>
        <translation>שולם בנקודות: {points} נקודות</translation>
    </message>
    <message>
        <source>Points balance: {points} (+{pending} pending)</source>
        <translation>יתרת נקודות: {points} (+{pending} ממתינות)</translation>
    </message>
    <message>
        <source>Points balance: {points}</source>
        <translation>יתרת נקודות: {points}</translation>
    </message>
    <message>
        <source>{points} points valid until {day}</source>
        <translation>{points} נקודות בתוקף עד {day}</translation>
    </message>
    <message>
        <source>Welcome to {tier}: {percent} from this purchase</source>
        <translation>ברוכים הבאים ל־{tier}: {percent} החל מרכישה זו</translation>
    </message>
    <message>
        <source>Welcome to {tier}: {percent} from your next purchase</source>
        <translation>ברוכים הבאים ל־{tier}: {percent} החל מהרכישה הבאה</translation>
    </message>
    <message>
        <source>Points taken back: {points} (earned on the returned items)</source>
        <translation>נקודות שנגרעו: {points} (נצברו על הפריטים שהוחזרו)</translation>
    </message>
    <message>
        <source>Points given back: {points}</source>
        <translation>נקודות שהוחזרו לכרטיס: {points}</translation>
    </message>
    <message>
        <source>Gift card: {amount} back on the card</source>
        <translation>כרטיס מתנה: {amount} הוחזרו לכרטיס</translation>
    </message>
    <message>
        <source>Stamps taken back: {count}</source>
        <translation>חותמות שנגרעו: {count}</translation>
    </message>
    <message>
        <source>Coupon {code} can be used again</source>
        <translation>ניתן להשתמש שוב בקופון {code}</translation>
    </message>
    <message>
        <source>Stamps given back: {count}</source>
        <translation>חותמות שהוחזרו: {count}</translation>
    </message>
    <message>
        <source>lifetime spend</source>
        <translation>סך הרכישות</translation>
    </message>
    <message>
        <source>spend in the last {months} months</source>
        <translation>רכישות ב־{months} החודשים האחרונים</translation>
    </message>
    <message>
        <source>{before} + this sale {sale} = {total}</source>
        <translation>{before} + מכירה זו {sale} = {total}</translation>
    </message>
    <message>
        <source>{ladder}: no tier yet - {basis} {spend}</source>
        <translation>{ladder}: עדיין ללא דרגה - {basis} {spend}</translation>
    </message>
    <message>
        <source>{amount} to {tier}</source>
        <translation>עוד {amount} עד {tier}</translation>
    </message>
    <message>
        <source>top tier</source>
        <translation>הדרגה הגבוהה ביותר</translation>
    </message>
    <message>
        <source>kept until {day}: spend {spend} in the {months} months to {month} &gt;= {threshold}</source>
        <translation>נשמרת עד {day}: רכישות של {spend} ב־{months} החודשים עד {month} &gt;= {threshold}</translation>
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
        <translation>הקופון {code} אינו נותן הנחה על פריטים אלה</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>The first manager</source>
        <translation>המנהל הראשון</translation>
    </message>
    <message>
        <source>The manager approves returns and voids and adds the other staff.</source>
        <translation>המנהל מאשר החזרות וביטולים ומוסיף את שאר העובדים.</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;שם</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>קו&amp;ד (4 עד 12 ספרות)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>הקוד ש&amp;וב</translation>
    </message>
    <message>
        <source>The till opens at the login screen when the setup is done.</source>
        <translation>בסיום ההגדרה הקופה נפתחת במסך הכניסה.</translation>
    </message>
</context>
<context>
    <name>ManagerTools</name>
    <message>
        <source>Manager</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>חברי מועדון</translation>
    </message>
    <message>
        <source>Issue card</source>
        <translation>הנפקת כרטיס</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>תוכניות</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>ייבוא / ייצוא</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>מדדים</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>ביקורת</translation>
    </message>
    <message>
        <source>Manager: {name}</source>
        <translation>מנהל: {name}</translation>
    </message>
    <message>
        <source>Back to the till (Esc)</source>
        <translation>חזרה לקופה (Esc)</translation>
    </message>
</context>
<context>
    <name>ManagerWords</name>
    <message>
        <source>active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>חסום</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>הוחלף</translation>
    </message>
    <message>
        <source>earned</source>
        <translation>נצבר</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>מומש</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>פג תוקף</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>תוקן</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>הוחזר</translation>
    </message>
    <message>
        <source>welcome bonus</source>
        <translation>בונוס הצטרפות</translation>
    </message>
    <message>
        <source>birthday bonus</source>
        <translation>בונוס יום הולדת</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>הונפק</translation>
    </message>
    <message>
        <source>topped up</source>
        <translation>נטען</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>הועבר</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>נספר</translation>
    </message>
    <message>
        <source>card issued</source>
        <translation>כרטיס הונפק</translation>
    </message>
    <message>
        <source>card replaced</source>
        <translation>כרטיס הוחלף</translation>
    </message>
    <message>
        <source>card blocked</source>
        <translation>כרטיס נחסם</translation>
    </message>
    <message>
        <source>card unblocked</source>
        <translation>חסימת כרטיס הוסרה</translation>
    </message>
    <message>
        <source>member edited</source>
        <translation>פרטי חבר עודכנו</translation>
    </message>
    <message>
        <source>members merged</source>
        <translation>חברי מועדון אוחדו</translation>
    </message>
    <message>
        <source>points adjusted</source>
        <translation>נקודות תוקנו</translation>
    </message>
    <message>
        <source>program saved</source>
        <translation>תוכנית נשמרה</translation>
    </message>
    <message>
        <source>products imported</source>
        <translation>מוצרים יובאו</translation>
    </message>
    <message>
        <source>members imported</source>
        <translation>חברי מועדון יובאו</translation>
    </message>
    <message>
        <source>manager tools opened</source>
        <translation>כלי המנהל נפתחו</translation>
    </message>
</context>
<context>
    <name>MemberHitModel</name>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>כרטיס</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>מצב הכרטיס</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>אין כרטיס</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Save profile</source>
        <translation>שמירת הפרטים</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>כרטיס</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>למה</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>יתרה</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>קבלה</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה&quot;כ</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>הנחה</translation>
    </message>
    <message>
        <source>Points, line by line</source>
        <translation>נקודות, שורה אחר שורה</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>מכירות</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>חזרה (Esc)</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>תיקון נקודות</translation>
    </message>
    <message>
        <source>Block card</source>
        <translation>חסימת כרטיס</translation>
    </message>
    <message>
        <source>Replace lost card</source>
        <translation>החלפת כרטיס שאבד</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>איחוד עם…</translation>
    </message>
    <message>
        <source>Member since {date}</source>
        <translation>חבר מאז {date}</translation>
    </message>
    <message>
        <source>No card yet: issue one from the Issue card tab.</source>
        <translation>אין עדיין כרטיס: הנפיקו אחד בלשונית הנפקת כרטיס.</translation>
    </message>
    <message>
        <source>Unblock card</source>
        <translation>הסרת חסימה</translation>
    </message>
    <message>
        <source>Points: {points}</source>
        <translation>נקודות: {points}</translation>
    </message>
    <message>
        <source>pending {points}</source>
        <translation>ממתינות {points}</translation>
    </message>
    <message>
        <source>gift balance {amount}</source>
        <translation>יתרת מתנה {amount}</translation>
    </message>
    <message>
        <source>Why {total} points: the lines below add up to it (available {available}, pending {pending}, expired {expired}).</source>
        <translation>למה {total} נקודות: השורות שלמטה מסתכמות בזה (זמינות {available}, ממתינות {pending}, פגו {expired}).</translation>
    </message>
    <message>
        <source>receipt {number}</source>
        <translation>קבלה {number}</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>על ידי {name}</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>הפרטים נשמרו.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>לא השתנה דבר.</translation>
    </message>
    <message>
        <source>{amount} points adjusted, approved by {name}; balance {balance}.</source>
        <translation>{amount} נקודות תוקנו, באישור {name}; יתרה {balance}.</translation>
    </message>
    <message>
        <source>Card unblocked.</source>
        <translation>חסימת הכרטיס הוסרה.</translation>
    </message>
    <message>
        <source>Block card {card}</source>
        <translation>חסימת כרטיס {card}</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>מדוע?</translation>
    </message>
    <message>
        <source>Card blocked: it can neither earn nor spend.</source>
        <translation>הכרטיס נחסם: אי אפשר לצבור בו או לממש ממנו.</translation>
    </message>
    <message>
        <source>Replace card {card}</source>
        <translation>החלפת כרטיס {card}</translation>
    </message>
    <message>
        <source>Why is it replaced (lost, stolen, damaged)? The balance moves to the new card.</source>
        <translation>מדוע הוא מוחלף (אבד, נגנב, ניזוק)? היתרה עוברת לכרטיס החדש.</translation>
    </message>
    <message>
        <source>New card {new} issued with {points} points; card {old} can no longer be used.</source>
        <translation>כרטיס חדש {new} הונפק עם {points} נקודות; בכרטיס {old} אי אפשר עוד להשתמש.</translation>
    </message>
    <message>
        <source>{name} merged here: {cards} card(s) moved.</source>
        <translation>{name} אוחד לכאן: {cards} כרטיסים הועברו.</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>No member card.
Scan, swipe or type the card number.</source>
        <translation>אין כרטיס מועדון.
סרקו, העבירו או הקלידו את מספר הכרטיס.</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>יום הולדת היום</translation>
    </message>
    <message>
        <source>Balance as of last sync</source>
        <translation>יתרה נכון לסנכרון האחרון</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>חבר מועדון</translation>
    </message>
    <message>
        <source>Card {number}</source>
        <translation>כרטיס {number}</translation>
    </message>
    <message>
        <source>this sale earns {points}</source>
        <translation>המכירה הזו מזכה ב־{points}</translation>
    </message>
    <message>
        <source>Points can pay up to {amount} of this sale</source>
        <translation>נקודות יכולות לשלם עד {amount} ממכירה זו</translation>
    </message>
    <message>
        <source>{amount} more to {tier}</source>
        <translation>עוד {amount} עד {tier}</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} נקודות</translation>
    </message>
    <message>
        <source>{points} pending</source>
        <translation>{points} ממתינות</translation>
    </message>
    <message>
        <source>gift {amount}</source>
        <translation>מתנה {amount}</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Name, phone or card number</source>
        <translation>שם, טלפון או מספר כרטיס</translation>
    </message>
    <message>
        <source>Type part of a name, or at least 4 digits of a phone or card number.</source>
        <translation>הקלידו חלק משם, או לפחות 4 ספרות של טלפון או מספר כרטיס.</translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation>לא נמצא חבר מועדון.</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter opens the member</source>
        <translation>↑↓ בחירה · Enter פותח את חבר המועדון</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Find a member</source>
        <translation>חיפוש חבר מועדון</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge members</source>
        <translation>איחוד חברי מועדון</translation>
    </message>
    <message>
        <source>Merge another member into {name}</source>
        <translation>איחוד חבר מועדון אחר אל {name}</translation>
    </message>
    <message>
        <source>Their cards move here with their balances; this member&apos;s details are kept.</source>
        <translation>הכרטיסים שלו עוברים לכאן עם היתרות; הפרטים של חבר זה נשמרים.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <source>Merge (F12)</source>
        <translation>איחוד (F12)</translation>
    </message>
    <message>
        <source>That is the same member.</source>
        <translation>זה אותו חבר מועדון.</translation>
    </message>
    <message>
        <source>{name} will be merged here (F12 to confirm).</source>
        <translation>{name} יאוחד לכאן (F12 לאישור).</translation>
    </message>
</context>
<context>
    <name>NpsDialog</name>
    <message>
        <source>Customer&apos;s opinion</source>
        <translation>דעת הלקוח</translation>
    </message>
    <message>
        <source>How likely is the customer to recommend us to a friend?</source>
        <translation>עד כמה סביר שהלקוח ימליץ עלינו לחבר?</translation>
    </message>
    <message>
        <source>0 = not at all, 10 = certainly. Type the number and Enter, or Esc to skip.</source>
        <translation>‏0 = בכלל לא, 10 = בוודאות. הקלידו את המספר ו־Enter, או Esc כדי לדלג.</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>דילוג (Esc)</translation>
    </message>
    <message>
        <source>A whole number from 0 to 10.</source>
        <translation>מספר שלם מ־0 עד 10.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Head office</source>
        <translation>משרד ראשי</translation>
    </message>
    <message>
        <source>The till sells without it; sales, cards and points travel when it is reachable.</source>
        <translation>הקופה מוכרת גם בלעדיו; מכירות, כרטיסים ונקודות עוברים כשיש אליו חיבור.</translation>
    </message>
    <message>
        <source>No &amp;head office: this till stands alone</source>
        <translation>&amp;ללא משרד ראשי: הקופה עצמאית</translation>
    </message>
    <message>
        <source>&amp;Online: register with a one-time code from the office</source>
        <translation>&amp;מקוון: רישום בקוד חד־פעמי מהמשרד</translation>
    </message>
    <message>
        <source>&amp;USB bundles: carry signed files to the office and back</source>
        <translation>&amp;חבילות USB: קבצים חתומים שעוברים למשרד ובחזרה</translation>
    </message>
    <message>
        <source>Office &amp;address</source>
        <translation>&amp;כתובת המשרד</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>קוד חד־&amp;פעמי</translation>
    </message>
</context>
<context>
    <name>ParkedSalesDialog</name>
    <message>
        <source>Parked sales</source>
        <translation>מכירות מושהות</translation>
    </message>
    <message>
        <source>Choose a parked sale to resume</source>
        <translation>בחרו מכירה מושהית להמשך</translation>
    </message>
    <message>
        <source> · member card</source>
        <translation> · כרטיס מועדון</translation>
    </message>
    <message>
        <source>{time}  {label}  ·  {items} items  ·  {total}{card}</source>
        <translation>{time}  {label}  ·  {items} פריטים  ·  {total}{card}</translation>
    </message>
    <message>
        <source>No sales are parked.</source>
        <translation>אין מכירות מושהות.</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>סגירה (Esc)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>תשלום</translation>
    </message>
    <message>
        <source>Cash
F1</source>
        <translation>מזומן
F1</translation>
    </message>
    <message>
        <source>Card
F2</source>
        <translation>אשראי
F2</translation>
    </message>
    <message>
        <source>Points
F3</source>
        <translation>נקודות
F3</translation>
    </message>
    <message>
        <source>Gift card
F4</source>
        <translation>כרטיס מתנה
F4</translation>
    </message>
    <message>
        <source>Gift card or slip number</source>
        <translation>מספר כרטיס מתנה או שובר</translation>
    </message>
    <message>
        <source>Coupon (F5)</source>
        <translation>קופון (F5)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>חזרה (Esc)</translation>
    </message>
    <message>
        <source>Complete
F12</source>
        <translation>סיום
F12</translation>
    </message>
    <message>
        <source>Points
F3 · up to {amount}</source>
        <translation>נקודות
F3 · עד {amount}</translation>
    </message>
    <message>
        <source>Scan a member card with points first</source>
        <translation>סרקו קודם כרטיס מועדון עם נקודות</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <source>Amount paid with points</source>
        <translation>סכום לתשלום בנקודות</translation>
    </message>
    <message>
        <source>Gift card number</source>
        <translation>מספר כרטיס המתנה</translation>
    </message>
    <message>
        <source>Slip number (optional)</source>
        <translation>מספר שובר (לא חובה)</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>מדויק</translation>
    </message>
    <message>
        <source>Scan or type the gift card number.</source>
        <translation>סרקו או הקלידו את מספר כרטיס המתנה.</translation>
    </message>
    <message>
        <source>Finish the payment before scanning items.</source>
        <translation>סיימו את התשלום לפני סריקת פריטים.</translation>
    </message>
    <message>
        <source>{due} is still to pay.</source>
        <translation>נותר לתשלום {due}.</translation>
    </message>
    <message>
        <source>Completing the sale…</source>
        <translation>מסיים את המכירה…</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <source>Total</source>
        <translation>סה&quot;כ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>שולם</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>לתשלום</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>עודף</translation>
    </message>
    <message>
        <source>Payments taken (Del removes the selected one)</source>
        <translation>תשלומים שהתקבלו (Del מוחק את הנבחר)</translation>
    </message>
    <message>
        <source>({points} points)</source>
        <translation>({points} נקודות)</translation>
    </message>
</context>
<context>
    <name>PriceLookupDialog</name>
    <message>
        <source>Price lookup</source>
        <translation>בדיקת מחיר</translation>
    </message>
    <message>
        <source>Find an item by name, SKU or barcode</source>
        <translation>חיפוש פריט לפי שם, מק&quot;ט או ברקוד</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>פריט</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>מחיר</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>סגירה (Esc)</translation>
    </message>
    <message>
        <source>/kg</source>
        <translation>/ק&quot;ג</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>לא נמצא דבר.</translation>
    </message>
</context>
<context>
    <name>PrintBridge</name>
    <message>
        <source>Z report {number}</source>
        <translation>דוח Z {number}</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>דוח X</translation>
    </message>
    <message>
        <source>No printer is set up on this till.</source>
        <translation>לא מוגדרת מדפסת בקופה זו.</translation>
    </message>
    <message>
        <source>No sale has the receipt number {number}.</source>
        <translation>אין מכירה עם מספר קבלה {number}.</translation>
    </message>
    <message>
        <source>The receipt could not be prepared for printing.</source>
        <translation>לא ניתן היה להכין את הקבלה להדפסה.</translation>
    </message>
    <message>
        <source>Printer: none</source>
        <translation>מדפסת: אין</translation>
    </message>
    <message>
        <source>Printer: ready</source>
        <translation>מדפסת: מוכנה</translation>
    </message>
    <message>
        <source>Printer: not printing</source>
        <translation>מדפסת: לא מדפיסה</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} ממתינות</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Receipt printer</source>
        <translation>מדפסת קבלות</translation>
    </message>
    <message>
        <source>How the till reaches its ESC/POS receipt printer.</source>
        <translation>איך הקופה מתחברת למדפסת הקבלות (ESC/POS).</translation>
    </message>
    <message>
        <source>N&amp;o printer</source>
        <translation>&amp;ללא מדפסת</translation>
    </message>
    <message>
        <source>Ne&amp;twork (host or host:port)</source>
        <translation>&amp;רשת (host או host:port)</translation>
    </message>
    <message>
        <source>Se&amp;rial port</source>
        <translation>יציאה &amp;טורית</translation>
    </message>
    <message>
        <source>&amp;USB (vendor:product id)</source>
        <translation>&amp;USB (מזהה יצרן:מוצר)</translation>
    </message>
    <message>
        <source>Printer &amp;device file</source>
        <translation>קובץ &amp;התקן של המדפסת</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;כתובת</translation>
    </message>
    <message>
        <source>&amp;Paper width</source>
        <translation>רוחב &amp;נייר</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 מ״מ</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 מ״מ</translation>
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
        <translation>מסכים לקבל הודעות</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>יום הולדת</translation>
    </message>
</context>
<context>
    <name>ProgramForm</name>
    <message>
        <source>Lists and scopes (tiers, multipliers, promotions, which goods) as JSON</source>
        <translation>רשימות ותחומים (דרגות, מכפילים, מבצעים, אילו מוצרים) כ־JSON</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>סוג: {kind}</translation>
    </message>
</context>
<context>
    <name>ProgramsTab</name>
    <message>
        <source>Loyalty programs</source>
        <translation>תוכניות נאמנות</translation>
    </message>
    <message>
        <source>The head office does not let this till publish programs to the other shops: programs saved here work on this till only. They are sent once the office allows it.</source>
        <translation>המשרד הראשי אינו מתיר לקופה זו לפרסם תוכניות לשאר החנויות: תוכניות שנשמרות כאן פועלות בקופה זו בלבד. הן יישלחו כשהמשרד יתיר זאת.</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>חדשה מתבנית</translation>
    </message>
    <message>
        <source>Save as a new version (F12)</source>
        <translation>שמירה כגרסה חדשה (F12)</translation>
    </message>
    <message>
        <source>Example basket</source>
        <translation>סל לדוגמה</translation>
    </message>
    <message>
        <source>Member&apos;s tier</source>
        <translation>דרגת החבר</translation>
    </message>
    <message>
        <source>{name}
{kind} · version {version}</source>
        <translation>{name}
{kind} · גרסה {version}</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>ללא דרגה</translation>
    </message>
    <message>
        <source>The example shows once the program can work.</source>
        <translation>הדוגמה תוצג כשהתוכנית תהיה תקינה.</translation>
    </message>
    <message>
        <source>Choose a program on the list, or a template and New from template.</source>
        <translation>בחרו תוכנית ברשימה, או תבנית ואז &quot;חדשה מתבנית&quot;.</translation>
    </message>
    <message>
        <source>Lists and scopes, line {line}: {reason}</source>
        <translation>רשימות ותחומים, שורה {line}: {reason}</translation>
    </message>
    <message>
        <source>{name}: the program can work.</source>
        <translation>{name}: התוכנית תקינה.</translation>
    </message>
    <message>
        <source>Type an example basket amount.</source>
        <translation>הקלידו סכום סל לדוגמה.</translation>
    </message>
    <message>
        <source>a {tier} member</source>
        <translation>חבר בדרגת {tier}</translation>
    </message>
    <message>
        <source>a member with no tier</source>
        <translation>חבר ללא דרגה</translation>
    </message>
    <message>
        <source>A {basket} basket for {who} gives:</source>
        <translation>סל של {basket} עבור {who} נותן:</translation>
    </message>
    <message>
        <source>discount {discount}, to pay {to_pay}</source>
        <translation>הנחה {discount}, לתשלום {to_pay}</translation>
    </message>
    <message>
        <source>{points} points earned</source>
        <translation>{points} נקודות נצברות</translation>
    </message>
    <message>
        <source>{name} saved as version {version}.</source>
        <translation>{name} נשמרה כגרסה {version}.</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Quantity</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>Quantity for {item}</source>
        <translation>כמות עבור {item}</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>ק&quot;ג</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>יח&apos;</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <source>Type a quantity (whole pieces, or kilograms like 1.250).</source>
        <translation>הקלידו כמות (יחידות שלמות, או ק&quot;ג כמו 1.250).</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <source>Scanners and card readers</source>
        <translation>סורקים וקוראי כרטיסים</translation>
    </message>
    <message>
        <source>Where barcodes and member cards come from.</source>
        <translation>מאיפה מגיעים הברקודים וכרטיסי המועדון.</translation>
    </message>
    <message>
        <source>&amp;Keyboard wedge (the scanner types like a keyboard)</source>
        <translation>סורק &amp;מקלדת (הסורק מקליד כמו מקלדת)</translation>
    </message>
    <message>
        <source>Se&amp;rial port (USB-CDC scanner or card reader)</source>
        <translation>יציאה &amp;טורית (סורק או קורא כרטיסים USB-CDC)</translation>
    </message>
    <message>
        <source>&amp;Camera (its number: 0 is the first)</source>
        <translation>מ&amp;צלמה (המספר שלה: 0 היא הראשונה)</translation>
    </message>
    <message>
        <source>N&amp;one: codes are typed</source>
        <translation>&amp;ללא: הקודים מוקלדים</translation>
    </message>
    <message>
        <source>&amp;Port or camera</source>
        <translation>&amp;יציאה או מצלמה</translation>
    </message>
    <message>
        <source>Under a non-US keyboard layout a keyboard-wedge scanner gets letters wrong: only digits are safe.</source>
        <translation>בפריסת מקלדת שאינה אנגלית (ארה״ב) סורק מקלדת משבש אותיות: רק ספרות עוברות בבטחה.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>אישור (Enter)</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>only digits are allowed</source>
        <translation>מותרות ספרות בלבד</translation>
    </message>
    <message>
        <source>nothing was scanned</source>
        <translation>לא נסרק דבר</translation>
    </message>
    <message>
        <source>it contains control characters</source>
        <translation>יש בו תווי בקרה</translation>
    </message>
    <message>
        <source>the check digit is wrong (scan it again)</source>
        <translation>ספרת הביקורת שגויה (סרקו שוב)</translation>
    </message>
    <message>
        <source>not a card number of this shop (check the digits)</source>
        <translation>אינו מספר כרטיס של חנות זו (בדקו את הספרות)</translation>
    </message>
    <message>
        <source>a discount cannot add to the price</source>
        <translation>הנחה אינה יכולה להעלות את המחיר</translation>
    </message>
    <message>
        <source>the quantity must be a whole number of thousandths</source>
        <translation>הכמות חייבת להיות מספר שלם של אלפיות</translation>
    </message>
    <message>
        <source>the quantity must be more than zero</source>
        <translation>הכמות חייבת להיות גדולה מאפס</translation>
    </message>
    <message>
        <source>the quantity is too large</source>
        <translation>הכמות גדולה מדי</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>מחיר אינו יכול להיות שלילי</translation>
    </message>
    <message>
        <source>order discounts are more than the order</source>
        <translation>ההנחות על ההזמנה גבוהות מההזמנה</translation>
    </message>
    <message>
        <source>{product} is sold by the piece</source>
        <translation>{product} נמכר ליחידה</translation>
    </message>
    <message>
        <source>discounts on {product} are more than its price</source>
        <translation>ההנחות על {product} גבוהות ממחירו</translation>
    </message>
    <message>
        <source>only {available} left</source>
        <translation>נותרו רק {available}</translation>
    </message>
    <message>
        <source>say why</source>
        <translation>ציינו סיבה</translation>
    </message>
    <message>
        <source>a manager must be named</source>
        <translation>יש לציין מנהל</translation>
    </message>
    <message>
        <source>the amount is zero</source>
        <translation>הסכום הוא אפס</translation>
    </message>
    <message>
        <source>{name} cannot be topped up</source>
        <translation>לא ניתן לטעון את {name}</translation>
    </message>
    <message>
        <source>the least is {amount}</source>
        <translation>המינימום הוא {amount}</translation>
    </message>
    <message>
        <source>the most is {amount}</source>
        <translation>המקסימום הוא {amount}</translation>
    </message>
    <message>
        <source>a reason and a manager are needed to move a card&apos;s balance</source>
        <translation>להעברת יתרת כרטיס נדרשים סיבה ומנהל</translation>
    </message>
    <message>
        <source>coupon {code}</source>
        <translation>קופון {code}</translation>
    </message>
    <message>
        <source>paying with points</source>
        <translation>תשלום בנקודות</translation>
    </message>
    <message>
        <source>goods payable with points</source>
        <translation>מוצרים שניתן לשלם עליהם בנקודות</translation>
    </message>
    <message>
        <source>{percent} cap</source>
        <translation>תקרה של {percent}</translation>
    </message>
    <message>
        <source>offline limit</source>
        <translation>מגבלה ללא חיבור</translation>
    </message>
    <message>
        <source>{amount} costs {points} points</source>
        <translation>{amount} עולה {points} נקודות</translation>
    </message>
    <message>
        <source>no bonus program in {currency} for this card</source>
        <translation>אין לכרטיס זה תוכנית נקודות ב־{currency}</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>אין כרטיס</translation>
    </message>
    <message>
        <source>remove the payments before changing the items</source>
        <translation>הסירו את התשלומים לפני שינוי הפריטים</translation>
    </message>
    <message>
        <source>that payment is not part of this sale</source>
        <translation>התשלום הזה אינו חלק ממכירה זו</translation>
    </message>
    <message>
        <source>a points payment must say how many points it spends</source>
        <translation>תשלום בנקודות חייב לציין כמה נקודות הוא מממש</translation>
    </message>
    <message>
        <source>only a points payment spends points</source>
        <translation>רק תשלום בנקודות מממש נקודות</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>הסכום חייב להיות גדול מאפס</translation>
    </message>
    <message>
        <source>the sale is already paid</source>
        <translation>המכירה כבר שולמה</translation>
    </message>
    <message>
        <source>change can only be given from cash</source>
        <translation>עודף ניתן רק ממזומן</translation>
    </message>
    <message>
        <source>the label carries no amount</source>
        <translation>על התווית אין סכום</translation>
    </message>
    <message>
        <source>the quantity must be more than zero (use remove to take a line off)</source>
        <translation>הכמות חייבת להיות גדולה מאפס (להסרת שורה השתמשו במחיקה)</translation>
    </message>
    <message>
        <source>{product} is not sold by weight</source>
        <translation>{product} אינו נמכר לפי משקל</translation>
    </message>
    <message>
        <source>the shop has no gift card program in this currency</source>
        <translation>לחנות אין תוכנית כרטיסי מתנה במטבע זה</translation>
    </message>
    <message>
        <source>say why the gift card is given</source>
        <translation>ציינו מדוע ניתן כרטיס המתנה</translation>
    </message>
    <message>
        <source>gift card {card} has {left} left</source>
        <translation>בכרטיס המתנה {card} נותרו {left}</translation>
    </message>
    <message>
        <source>scan a member card with a points program first</source>
        <translation>סרקו קודם כרטיס מועדון עם תוכנית נקודות</translation>
    </message>
    <message>
        <source>read the gift card first</source>
        <translation>קראו קודם את כרטיס המתנה</translation>
    </message>
    <message>
        <source>{product}: {quantity} left to return</source>
        <translation>{product}: נותרו {quantity} להחזרה</translation>
    </message>
    <message>
        <source>{product} is returned by the piece</source>
        <translation>{product} מוחזר ליחידה</translation>
    </message>
    <message>
        <source>it is a return receipt</source>
        <translation>זוהי קבלת החזרה</translation>
    </message>
    <message>
        <source>the sale was voided</source>
        <translation>המכירה בוטלה</translation>
    </message>
    <message>
        <source>no shift is open on this till</source>
        <translation>אין משמרת פתוחה בקופה זו</translation>
    </message>
    <message>
        <source>the receipt changed while the return was prepared; start again</source>
        <translation>הקבלה השתנתה בזמן הכנת ההחזרה; התחילו מחדש</translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation>אין בה פריטים</translation>
    </message>
    <message>
        <source>remove the payments first</source>
        <translation>הסירו קודם את התשלומים</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>RETURN</source>
        <translation>החזרה</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>קבלה</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>קופה</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>קופאי</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>קבלה מקורית</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>סכום ביניים</translation>
    </message>
    <message>
        <source>You saved</source>
        <translation>חסכתם</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>סה&quot;כ לתשלום</translation>
    </message>
    <message>
        <source>VAT {rate} included</source>
        <translation>כולל מע&quot;מ {rate}</translation>
    </message>
    <message>
        <source>({points} points)</source>
        <translation>({points} נקודות)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>עודף</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>חבר מועדון</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>דרגה</translation>
    </message>
    <message>
        <source>To {tier}</source>
        <translation>עד {tier}</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>נקודות שנצברו</translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation>נקודות שמומשו</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>יתרת נקודות</translation>
    </message>
    <message>
        <source>Points pending</source>
        <translation>נקודות ממתינות</translation>
    </message>
    <message>
        <source>Gift card balance</source>
        <translation>יתרת כרטיס מתנה</translation>
    </message>
    <message>
        <source>Expiring {date}</source>
        <translation>פג תוקף {date}</translation>
    </message>
    <message>
        <source>Balance as of last sync</source>
        <translation>יתרה נכון לסנכרון האחרון</translation>
    </message>
    <message>
        <source>How did we do? Answer with this survey code:</source>
        <translation>איך היה? ענו עם קוד הסקר הזה:</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>נפתחה</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>נסגרה</translation>
    </message>
    <message>
        <source>Sales ({count})</source>
        <translation>מכירות ({count})</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>החזרות ({count})</translation>
    </message>
    <message>
        <source>Voided sales</source>
        <translation>מכירות שבוטלו</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>הנחות שניתנו</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>סה&quot;כ נטו</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>קופה קטנה</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>עודף שניתן</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>הכנסה / הוצאה</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>מזומן צפוי</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>מזומן שנספר</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>הפרש</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <source>Receipts</source>
        <translation>קבלות</translation>
    </message>
    <message>
        <source>Waiting for the printer</source>
        <translation>ממתינות למדפסת</translation>
    </message>
    <message>
        <source>Nothing is waiting: every receipt was printed.</source>
        <translation>אין דבר בהמתנה: כל הקבלות הודפסו.</translation>
    </message>
    <message>
        <source>Copy of receipt no.</source>
        <translation>העתק של קבלה מס&apos;</translation>
    </message>
    <message>
        <source>Enter prints a copy of this receipt; with the field empty, it prints the waiting one chosen.</source>
        <translation>Enter מדפיס העתק של קבלה זו; כשהשדה ריק, מודפסת הקבלה הממתינה שנבחרה.</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>סגירה (Esc)</translation>
    </message>
    <message>
        <source>{count} tries</source>
        <translation>{count} ניסיונות</translation>
    </message>
    <message>
        <source>Printing a copy of {number}…</source>
        <translation>מדפיס העתק של {number}…</translation>
    </message>
    <message>
        <source>Printing again…</source>
        <translation>מדפיס שוב…</translation>
    </message>
    <message>
        <source>{title} printed.</source>
        <translation>{title} הודפס.</translation>
    </message>
    <message>
        <source>{title} did not print: {reason}</source>
        <translation>{title} לא הודפס: {reason}</translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <source>Return</source>
        <translation>החזרה</translation>
    </message>
    <message>
        <source>Return by receipt</source>
        <translation>החזרה לפי קבלה</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>מספר קבלה</translation>
    </message>
    <message>
        <source>Scan the receipt barcode or type its number</source>
        <translation>סרקו את ברקוד הקבלה או הקלידו את מספרה</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>פריט</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>נמכר</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>נותר</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>החזר</translation>
    </message>
    <message>
        <source>↑↓ choose a line · Space: all or none · a number then Enter: that many</source>
        <translation>↑↓ בחירת שורה · רווח: הכול או כלום · מספר ואז Enter: כמות זו</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <source>Confirm return
F12 · manager PIN</source>
        <translation>אישור החזרה
F12 · קוד מנהל</translation>
    </message>
    <message>
        <source> · member card</source>
        <translation> · כרטיס מועדון</translation>
    </message>
    <message>
        <source>Sale {number} of {time} · total {total}{card}</source>
        <translation>מכירה {number} מ־{time} · סה&quot;כ {total}{card}</translation>
    </message>
    <message>
        <source>Choose the lines to return.</source>
        <translation>בחרו את השורות להחזרה.</translation>
    </message>
    <message>
        <source>({points} points back to the card)</source>
        <translation>({points} נקודות חוזרות לכרטיס)</translation>
    </message>
    <message>
        <source>Give back: {refunds}</source>
        <translation>להחזיר: {refunds}</translation>
    </message>
    <message>
        <source>Points taken back from the card (earned on these items): {points}</source>
        <translation>נקודות שיורדו מהכרטיס (נצברו על פריטים אלה): {points}</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>החזר {amount}</translation>
    </message>
    <message>
        <source>{typed} is not a quantity.</source>
        <translation>{typed} אינו כמות.</translation>
    </message>
    <message>
        <source>Return of {amount} on receipt {number}</source>
        <translation>החזרה של {amount} על קבלה {number}</translation>
    </message>
    <message>
        <source>Writing the return…</source>
        <translation>רושם את ההחזרה…</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <source>Quantity</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>מחיקת שורה</translation>
    </message>
    <message>
        <source>Price lookup</source>
        <translation>בדיקת מחיר</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>הסרת כרטיס</translation>
    </message>
    <message>
        <source>Park sale</source>
        <translation>השהיית מכירה</translation>
    </message>
    <message>
        <source>Parked sales</source>
        <translation>מכירות מושהות</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>החזרה</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>ביטול מכירה</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>קבלות</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>דוח X</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>סגירת משמרת</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>תשלום</translation>
    </message>
    <message>
        <source>Sale {number} completed. Change: {change}</source>
        <translation>מכירה {number} הסתיימה. עודף: {change}</translation>
    </message>
    <message>
        <source>Scan an item first, then set its quantity.</source>
        <translation>סרקו פריט קודם, ואז קבעו כמות.</translation>
    </message>
    <message>
        <source>{typed} is not a quantity.</source>
        <translation>{typed} אינו כמות.</translation>
    </message>
    <message>
        <source>Choose a line with the arrow keys first.</source>
        <translation>בחרו שורה קודם בעזרת החצים.</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or type a code, then Enter</source>
        <translation>סרקו או הקלידו קוד, ואז Enter</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Give the shop a name.</source>
        <translation>יש לתת לחנות שם.</translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation>יש לבחור מטבע מהרשימה.</translation>
    </message>
    <message>
        <source>The till cannot use that printer address.</source>
        <translation>הקופה לא יכולה להשתמש בכתובת המדפסת הזו.</translation>
    </message>
    <message>
        <source>Type the scanner&apos;s serial port, like /dev/ttyACM0.</source>
        <translation>יש להקליד את היציאה הטורית של הסורק, למשל /dev/ttyACM0.</translation>
    </message>
    <message>
        <source>A camera is chosen by its number: 0 is the first camera.</source>
        <translation>מצלמה נבחרת לפי המספר שלה: 0 היא המצלמה הראשונה.</translation>
    </message>
    <message>
        <source>The office address starts with http:// or https://.</source>
        <translation>כתובת המשרד מתחילה ב־http:// או ב־https://.</translation>
    </message>
    <message>
        <source>Type the one-time code the office gave you.</source>
        <translation>יש להקליד את הקוד החד־פעמי שקיבלת מהמשרד.</translation>
    </message>
    <message>
        <source>The office refused the registration.</source>
        <translation>המשרד דחה את הרישום.</translation>
    </message>
    <message>
        <source>The office did not answer. Check the address, or choose no office.</source>
        <translation>המשרד לא ענה. יש לבדוק את הכתובת, או לבחור ללא משרד.</translation>
    </message>
    <message>
        <source>Give the manager a name.</source>
        <translation>יש לתת למנהל שם.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>קוד הוא בן 4 עד 12 ספרות.</translation>
    </message>
    <message>
        <source>This database already holds a till.</source>
        <translation>במסד הנתונים הזה כבר יש קופה.</translation>
    </message>
    <message>
        <source>The till could not be set up.</source>
        <translation>לא ניתן היה להגדיר את הקופה.</translation>
    </message>
    <message>
        <source>Kupa: set up this till</source>
        <translation>קופה: הגדרת הקופה הזו</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ה&amp;בא</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ה&amp;קודם</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>&amp;Set up the till</source>
        <translation>&amp;הגדרת הקופה</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>שני הקודים שונים; יש להקליד את אותו קוד פעמיים.</translation>
    </message>
    <message>
        <source>There is no time zone called %1.</source>
        <translation>אין אזור זמן בשם %1.</translation>
    </message>
</context>
<context>
    <name>ShiftCloseDialog</name>
    <message>
        <source>Close shift</source>
        <translation>סגירת משמרת</translation>
    </message>
    <message>
        <source>Close the shift</source>
        <translation>סגירת המשמרת</translation>
    </message>
    <message>
        <source>Count all the cash in the drawer and type the amount.</source>
        <translation>ספרו את כל המזומן במגירה והקלידו את הסכום.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <source>Type the cash counted (0 if the drawer is empty).</source>
        <translation>הקלידו את המזומן שנספר (0 אם המגירה ריקה).</translation>
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation>המזומן שנספר אינו יכול להיות שלילי.</translation>
    </message>
</context>
<context>
    <name>ShiftOpenPage</name>
    <message>
        <source>Open a shift</source>
        <translation>פתיחת משמרת</translation>
    </message>
    <message>
        <source>Count the cash in the drawer (the float) and type the amount.</source>
        <translation>ספרו את המזומן במגירה (קופה קטנה) והקלידו את הסכום.</translation>
    </message>
    <message>
        <source>Log out (Esc)</source>
        <translation>יציאה (Esc)</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>שלום, {name}</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <source>Z report</source>
        <translation>דוח Z</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>דוח X</translation>
    </message>
    <message>
        <source>Z report no. {number}</source>
        <translation>דוח Z מס&apos; {number}</translation>
    </message>
    <message>
        <source>X report (shift still open)</source>
        <translation>דוח X (המשמרת עדיין פתוחה)</translation>
    </message>
    <message>
        <source>Print (F9)</source>
        <translation>הדפסה (F9)</translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation>סגירה (Enter)</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>קופה</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>קופאי</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>נפתחה</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>נסגרה</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>מכירות</translation>
    </message>
    <message>
        <source>Sales ({count})</source>
        <translation>מכירות ({count})</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>החזרות ({count})</translation>
    </message>
    <message>
        <source>Voided sales</source>
        <translation>מכירות שבוטלו</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>הנחות שניתנו</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>סה&quot;כ נטו</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>מע&quot;מ כלול</translation>
    </message>
    <message>
        <source>VAT {rate} on {gross}</source>
        <translation>מע&quot;מ {rate} על {gross}</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>תשלומים</translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation>נקודות שמומשו</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>מגירת מזומנים</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>קופה קטנה</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>עודף שניתן</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>הכנסה / הוצאה</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>מזומן צפוי</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>מזומן שנספר</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>עודף בקופה</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>חוסר בקופה</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>מדויק</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>נשלח למדפסת.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>החנות שלך</translation>
    </message>
    <message>
        <source>The name printed on every receipt, the language of the till and its money.</source>
        <translation>השם שיודפס על כל קבלה, שפת הקופה והמטבע שלה.</translation>
    </message>
    <message>
        <source>Shop na&amp;me</source>
        <translation>&amp;שם החנות</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ש&amp;פה</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;מטבע</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>אזור &amp;זמן</translation>
    </message>
</context>
<context>
    <name>Tender</name>
    <message>
        <source>Cash</source>
        <translation>מזומן</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>אשראי</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>כרטיס מתנה</translation>
    </message>
</context>
<context>
    <name>TillFlows</name>
    <message>
        <source>Void this sale of {total}</source>
        <translation>ביטול המכירה על סך {total}</translation>
    </message>
    <message>
        <source>Finish or park the sale first, then take the return.</source>
        <translation>סיימו או השהו את המכירה, ואז בצעו את ההחזרה.</translation>
    </message>
    <message>
        <source>Return {number} done: give back {amount}.</source>
        <translation>החזרה {number} בוצעה: להחזיר {amount}.</translation>
    </message>
    <message>
        <source>Finish or park the sale first.</source>
        <translation>סיימו או השהו את המכירה קודם.</translation>
    </message>
    <message>
        <source>Open the manager tools</source>
        <translation>פתיחת כלי המנהל</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <source>Office: checking…</source>
        <translation>משרד: בודק…</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>מדפסת: לא מוגדרת</translation>
    </message>
    <message>
        <source>Scanner: keyboard only</source>
        <translation>סורק: מקלדת בלבד</translation>
    </message>
    <message>
        <source>{count} queued</source>
        <translation>{count} בתור</translation>
    </message>
    <message>
        <source>Office: online</source>
        <translation>משרד: מחובר</translation>
    </message>
    <message>
        <source>Office: offline {minutes} min</source>
        <translation>משרד: לא מחובר {minutes} דק&apos;</translation>
    </message>
    <message>
        <source>Office: refused the sync</source>
        <translation>משרד: הסנכרון נדחה</translation>
    </message>
    <message>
        <source>Office: register this till again</source>
        <translation>משרד: יש לרשום את הקופה מחדש</translation>
    </message>
    <message>
        <source>Office: not set up (offline)</source>
        <translation>משרד: לא מוגדר (לא מחובר)</translation>
    </message>
    <message>
        <source>Office: sync stopped</source>
        <translation>משרד: הסנכרון הופסק</translation>
    </message>
    <message>
        <source>The head office no longer accepts this till: it was revoked there, or registered again on another computer. Sales stay queued here and nothing is lost. Ask the office for a new code and register the till again.</source>
        <translation>המשרד הראשי אינו מקבל עוד את הקופה הזו: היא בוטלה שם, או נרשמה מחדש במחשב אחר. המכירות ממתינות כאן בתור ושום דבר לא אובד. בקשו מהמשרד קוד חדש ורשמו את הקופה מחדש.</translation>
    </message>
    <message>
        <source>programs kept on this till: {count}</source>
        <translation>תוכניות שנשארו בקופה זו: {count}</translation>
    </message>
    <message>
        <source>The head office does not let this till publish loyalty programs to the other shops. Programs saved here work on this till only. Once the office allows it, they are sent at the next sync.</source>
        <translation>המשרד הראשי אינו מתיר לקופה זו לפרסם תוכניות נאמנות לשאר החנויות. תוכניות שנשמרו כאן פועלות בקופה זו בלבד. כשהמשרד יתיר זאת, הן יישלחו בסנכרון הבא.</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>אין משמרת פתוחה</translation>
    </message>
    <message>
        <source>Shift since {time}</source>
        <translation>משמרת מ־{time}</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>אף אחד לא מחובר</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <source>Kupa — {shop}, till {till}</source>
        <translation>קופה — {shop}, קופה {till}</translation>
    </message>
    <message>
        <source>The sale that was open when the till stopped is back.</source>
        <translation>המכירה שהייתה פתוחה כשהקופה נסגרה חזרה.</translation>
    </message>
    <message>
        <source>{time} by {name}</source>
        <translation>{time} על ידי {name}</translation>
    </message>
    <message>
        <source>Sale {number} voided.</source>
        <translation>מכירה {number} בוטלה.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>בתהליך</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Subtotal</source>
        <translation>סכום ביניים</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>הנחות</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>מע&quot;מ כלול</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה&quot;כ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>שולם</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>לתשלום</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>עודף</translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message>
        <source>Import and export CSV</source>
        <translation>ייבוא וייצוא CSV</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>מוצרים</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>חברי מועדון</translation>
    </message>
    <message>
        <source>/path/to/file.csv</source>
        <translation>/path/to/file.csv</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>The file is checked whole first: if any row is wrong, nothing is imported and every bad row is listed.</source>
        <translation>הקובץ נבדק קודם כולו: אם שורה כלשהי שגויה, דבר אינו מיובא וכל שורה שגויה מפורטת.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>קובץ CSV</translation>
    </message>
    <message>
        <source>Choose the file first.</source>
        <translation>בחרו קודם את הקובץ.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>בודק את הקובץ…</translation>
    </message>
    <message>
        <source>{rows} rows imported: {created} new, {updated} updated.</source>
        <translation>{rows} שורות יובאו: {created} חדשות, {updated} עודכנו.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} bad row(s) of {rows}. Correct them and import again.</source>
        <translation>דבר לא יובא: {count} שורות שגויות מתוך {rows}. תקנו אותן וייבאו שוב.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>שורה {line}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {column} {reason}</source>
        <translation>שורה {line}, עמודה &quot;{column}&quot;: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>אי אפשר לקרוא את הקובץ: {reason}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>מייצא…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>יוצא אל {path}.</translation>
    </message>
</context>
</TS>
