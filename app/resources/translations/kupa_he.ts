<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="38" />
        <source>Adjust points</source>
        <translation>תיקון נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="43" />
        <source>Adjust the points of card {card}</source>
        <translation>תיקון הנקודות של כרטיס {card}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="50" />
        <source>e.g. 50 or -12.5</source>
        <translation>למשל 50 או ‎-12.5</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="54" />
        <source>Why (kept in the audit trail)</source>
        <translation>סיבה (נשמרת ביומן הביקורת)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="59" />
        <source>Points (+ add, − take)</source>
        <translation>נקודות (+ הוספה, − הורדה)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="60" />
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="61" />
        <source>Manager PIN</source>
        <translation>קוד מנהל</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="66" />
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="68" />
        <source>Adjust (Enter)</source>
        <translation>תיקון (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="87" />
        <source>Type the points to add, or a minus sign and the points to take.</source>
        <translation>הקלידו את הנקודות להוספה, או סימן מינוס ואת הנקודות להורדה.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="91" />
        <source>Say why the points change.</source>
        <translation>ציינו מדוע הנקודות משתנות.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="98" />
        <source>Checking…</source>
        <translation>בודק…</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="18" />
        <source>Manager approval</source>
        <translation>אישור מנהל</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="22" />
        <source>Manager PIN to approve:</source>
        <translation>קוד מנהל לאישור:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="39" />
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="49" />
        <source>Checking…</source>
        <translation>בודק…</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ui/manager/audit_tab.py" line="21" />
        <source>Audit trail</source>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit_tab.py" line="23" />
        <source>Newest first. Entries are never changed or removed.</source>
        <translation>החדשים קודם. רשומות לעולם אינן משתנות או נמחקות.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit_tab.py" line="25" />
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit_tab.py" line="30" />
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit_tab.py" line="30" />
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit_tab.py" line="30" />
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit_tab.py" line="30" />
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit_tab.py" line="30" />
        <source>Approved by</source>
        <translation>אושר על ידי</translation>
    </message>
</context>
<context>
    <name>CardStatus</name>
    <message>
        <location filename="../../ui/messages.py" line="21" />
        <source>blocked</source>
        <translation>חסום</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22" />
        <source>replaced</source>
        <translation>הוחלף</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../ui/widgets/cart_table.py" line="49" />
        <source>Item</source>
        <translation>פריט</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/cart_table.py" line="49" />
        <source>Qty</source>
        <translation>כמות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/cart_table.py" line="49" />
        <source>Price</source>
        <translation>מחיר</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/cart_table.py" line="49" />
        <source>Discount</source>
        <translation>הנחה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/cart_table.py" line="49" />
        <source>Total</source>
        <translation>סה"כ</translation>
    </message>
</context>
<context>
    <name>CheckoutBridge</name>
    <message>
        <location filename="../../ui/bridges/checkout.py" line="119" />
        <source>Please wait: the last sale is still being saved.</source>
        <translation>רגע: המכירה הקודמת עדיין נשמרת.</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/checkout.py" line="122" />
        <source>No sale is open: log in and open a shift.</source>
        <translation>אין מכירה פתוחה: התחברו ופתחו משמרת.</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/checkout.py" line="366" />
        <source>Sale parked: {label}</source>
        <translation>המכירה הושהתה: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/checkout.py" line="380" />
        <source>Park or finish the sale in progress first.</source>
        <translation>השהו או סיימו קודם את המכירה הנוכחית.</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/checkout.py" line="392" />
        <source>No longer sold, left out: {names}</source>
        <translation>לא נמכרים עוד, הוצאו: {names}</translation>
    </message>
</context>
<context>
    <name>DeviceBridge</name>
    <message>
        <location filename="../../ui/bridges/devices.py" line="67" />
        <location filename="../../ui/bridges/devices.py" line="72" />
        <source>Scanner: keyboard wedge</source>
        <translation>סורק: דרך המקלדת</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/devices.py" line="74" />
        <source>Scanner: typed codes only</source>
        <translation>סורק: הקלדה בלבד</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/devices.py" line="78" />
        <source>Scanner: ready</source>
        <translation>סורק: מוכן</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/devices.py" line="82" />
        <source>Scanner: {name} not connected</source>
        <translation>סורק: {name} לא מחובר</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/devices.py" line="84" />
        <source>Scanner: {name} starting</source>
        <translation>סורק: {name} מתחבר</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/messages.py" line="35" />
        <source>No product has the code {code}.</source>
        <translation>אין מוצר עם הקוד {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38" />
        <source>The code {code} cannot be read: {reason}.</source>
        <translation>לא ניתן לקרוא את הקוד {code}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41" />
        <source>Quantity not accepted: {reason}.</source>
        <translation>הכמות לא התקבלה: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44" />
        <source>Discount not accepted: {reason}.</source>
        <translation>ההנחה לא התקבלה: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47" />
        <source>Payment not accepted: {reason}.</source>
        <translation>התשלום לא התקבל: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50" />
        <source>A {kind} payment cannot be more than the {due} still due; only cash gives change.</source>
        <translation>תשלום ב{kind} לא יכול לעלות על {due} שנותרו לתשלום; רק מזומן נותן עודף.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53" />
        <source>{due} is still to pay.</source>
        <translation>נותר לתשלום {due}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56" />
        <source>The sale has no items.</source>
        <translation>אין פריטים במכירה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57" />
        <source>This sale is already finished.</source>
        <translation>המכירה כבר הסתיימה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58" />
        <source>That line is no longer in the sale.</source>
        <translation>השורה כבר אינה במכירה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59" />
        <source>That amount is in another currency.</source>
        <translation>הסכום במטבע אחר.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60" />
        <source>That is not an amount.</source>
        <translation>זה אינו סכום.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61" />
        <source>Open a shift before selling.</source>
        <translation>פתחו משמרת לפני המכירה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62" />
        <source>Card {card} is not known here. The sale goes on without a card.</source>
        <translation>כרטיס {card} אינו מוכר כאן. המכירה ממשיכה בלי כרטיס.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66" />
        <source>Card {card} is {status}: {reason}. The sale goes on without a card.</source>
        <translation>כרטיס {card} {status}: {reason}. המכירה ממשיכה בלי כרטיס.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68" />
        <source>Card {card} is {status}. The sale goes on without a card.</source>
        <translation>כרטיס {card} {status}. המכירה ממשיכה בלי כרטיס.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74" />
        <source>Wrong PIN ({left} attempts left).</source>
        <translation>קוד שגוי (נותרו {left} ניסיונות).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77" />
        <source>Too many wrong PINs: try again in a few minutes or ask a manager.</source>
        <translation>יותר מדי קודים שגויים: נסו שוב בעוד כמה דקות או פנו למנהל.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="80" />
        <source>A manager PIN is needed for this.</source>
        <translation>נדרש קוד מנהל לפעולה זו.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation>קוד אישי הוא 4 עד 12 ספרות.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82" />
        <source>A shift is already open on this till.</source>
        <translation>כבר פתוחה משמרת בקופה זו.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="83" />
        <source>No shift is open on this till.</source>
        <translation>אין משמרת פתוחה בקופה זו.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84" />
        <source>That parked sale is no longer there.</source>
        <translation>המכירה המושהית כבר אינה קיימת.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85" />
        <source>This sale cannot be parked: {reason}.</source>
        <translation>לא ניתן להשהות מכירה זו: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88" />
        <source>The printer did not print: {reason}.</source>
        <translation>המדפסת לא הדפיסה: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91" />
        <source>No sale has the receipt number {number}.</source>
        <translation>אין מכירה עם מספר קבלה {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94" />
        <source>Choose at least one line to return.</source>
        <translation>בחרו לפחות שורה אחת להחזרה.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95" />
        <source>This receipt cannot be returned: {reason}.</source>
        <translation>לא ניתן להחזיר קבלה זו: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115" />
        <source>Something went wrong: {error}</source>
        <translation>משהו השתבש: {error}</translation>
    </message>
</context>
<context>
    <name>IssueTab</name>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="52" />
        <source>Issue a card</source>
        <translation>הנפקת כרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="54" />
        <source>New member</source>
        <translation>חבר מועדון חדש</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="56" />
        <source>Existing member</source>
        <translation>חבר מועדון קיים</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="78" />
        <source>Empty: the next number; or scan a pre-printed card</source>
        <translation>ריק: המספר הבא; או סרקו כרטיס מודפס מראש</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="81" />
        <source>Card programme</source>
        <translation>תוכנית הכרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="82" />
        <source>Card number</source>
        <translation>מספר כרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="84" />
        <source>Issue and print (F12)</source>
        <translation>הנפקה והדפסה (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="89" />
        <source>Write the magstripe</source>
        <translation>כתיבת הפס המגנטי</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="104" />
        <source>The printed card appears here.</source>
        <translation>הכרטיס המודפס יופיע כאן.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="148" />
        <source>The card goes to {name}.</source>
        <translation>הכרטיס יונפק ל{name}.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="176" />
        <source>The shop has no card programme yet: add one under Programs.</source>
        <translation>לחנות אין עדיין תוכנית כרטיסים: הוסיפו אחת בלשונית תוכניות.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="191" />
        <source>Find the member first, then press Enter to choose them.</source>
        <translation>מצאו קודם את חבר המועדון, ואז הקישו Enter כדי לבחור בו.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="208" />
        <source>Issuing…</source>
        <translation>מנפיק…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="218" />
        <source>Card {number} issued to {name}. Welcome bonus: {points} points.</source>
        <translation>כרטיס {number} הונפק ל{name}. בונוס הצטרפות: {points} נקודות.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="224" />
        <source>Printed to {png} and {pdf}.</source>
        <translation>הודפס אל {png} ואל {pdf}.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="226" />
        <source>The card was issued but not printed: {reason}</source>
        <translation>הכרטיס הונפק אך לא הודפס: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="250" />
        <source>No card encoder is set up on this till: the card works by its barcode.</source>
        <translation>לא מוגדר מקודד כרטיסים בקופה זו: הכרטיס פועל לפי הברקוד שלו.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="253" />
        <source>Swipe the card through the encoder now…</source>
        <translation>העבירו עכשיו את הכרטיס במקודד…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/issue_tab.py" line="258" />
        <source>Magstripe written and read back correctly.</source>
        <translation>הפס המגנטי נכתב ונקרא בחזרה כראוי.</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../ui/widgets/keypad.py" line="34" />
        <source>Delete the last digit</source>
        <translation>מחיקת הספרה האחרונה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keypad.py" line="35" />
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keypad.py" line="36" />
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keypad.py" line="37" />
        <source>OK</source>
        <translation>אישור</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="48" />
        <source>Key figures, last 12 months</source>
        <translation>מדדים עיקריים, 12 החודשים האחרונים</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="50" />
        <source>Export CSV</source>
        <translation>ייצוא CSV</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="66" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="67" />
        <source>Repeat-purchase rate</source>
        <translation>שיעור רכישה חוזרת</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="68" />
        <source>Active members</source>
        <translation>חברי מועדון פעילים</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="69" />
        <source>Receipts with a card</source>
        <translation>קבלות עם כרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="70" />
        <source>Redemption rate</source>
        <translation>שיעור מימוש</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="71" />
        <source>Average receipt, members</source>
        <translation>קבלה ממוצעת, חברי מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="72" />
        <source>Average receipt, others</source>
        <translation>קבלה ממוצעת, אחרים</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="73" />
        <source>Customer lifetime value</source>
        <translation>ערך לקוח לאורך זמן</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="74" />
        <source>Churn</source>
        <translation>נטישה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="75" />
        <source>Points outstanding (liability)</source>
        <translation>נקודות פתוחות (התחייבות)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="76" />
        <source>Tiers</source>
        <translation>דרגות</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="114" />
        <source>Counting…</source>
        <translation>סופר…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="126" />
        <source>{score} ({answers} answers)</source>
        <translation>{score} ({answers} תשובות)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="139" />
        <source>{points} points = {money}</source>
        <translation>{points} נקודות = {money}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="151" />
        <source>Only {rate} of the points earned are spent (under 20%): the program is not working for customers.</source>
        <translation>רק {rate} מהנקודות שנצברו מומשו (פחות מ־20%): התוכנית אינה עובדת עבור הלקוחות.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="156" />
        <source>From {start} to {end} · {scope}</source>
        <translation>מ־{start} עד {end} · {scope}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="167" />
        <source>Month by month (%)</source>
        <translation>חודש אחר חודש (%)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="183" />
        <source>Alert under 20%</source>
        <translation>התראה מתחת ל־20%</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="210" />
        <source>No tier ladder</source>
        <translation>אין סולם דרגות</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="213" />
        <source>Cards by tier: {ladder}</source>
        <translation>כרטיסים לפי דרגה: {ladder}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="214" />
        <source>Cards</source>
        <translation>כרטיסים</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="218" />
        <source>no tier</source>
        <translation>ללא דרגה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="236" />
        <source>Export the KPIs</source>
        <translation>ייצוא המדדים</translation>
    </message>
    <message>
        <location filename="../../ui/manager/kpi_tab.py" line="250" />
        <source>Saved to {path}.</source>
        <translation>נשמר אל {path}.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../ui/pages/login.py" line="31" />
        <source>Till {code}</source>
        <translation>קופה {code}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="35" />
        <source>Enter your PIN</source>
        <translation>הקישו את הקוד האישי</translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="73" />
        <source>Checking…</source>
        <translation>בודק…</translation>
    </message>
</context>
<context>
    <name>ManagerTools</name>
    <message>
        <location filename="../../ui/manager/tools.py" line="26" />
        <source>Manager</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <location filename="../../ui/manager/tools.py" line="36" />
        <source>Members</source>
        <translation>חברי מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/manager/tools.py" line="37" />
        <source>Issue card</source>
        <translation>הנפקת כרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/manager/tools.py" line="38" />
        <source>Programs</source>
        <translation>תוכניות</translation>
    </message>
    <message>
        <location filename="../../ui/manager/tools.py" line="39" />
        <source>Import / export</source>
        <translation>ייבוא / ייצוא</translation>
    </message>
    <message>
        <location filename="../../ui/manager/tools.py" line="40" />
        <source>KPIs</source>
        <translation>מדדים</translation>
    </message>
    <message>
        <location filename="../../ui/manager/tools.py" line="41" />
        <source>Audit</source>
        <translation>ביקורת</translation>
    </message>
    <message>
        <location filename="../../ui/manager/tools.py" line="43" />
        <source>Manager: {name}</source>
        <translation>מנהל: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/tools.py" line="46" />
        <source>Back to the till (Esc)</source>
        <translation>חזרה לקופה (Esc)</translation>
    </message>
</context>
<context>
    <name>ManagerWords</name>
    <message>
        <location filename="../../ui/manager/words.py" line="10" />
        <source>active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="11" />
        <source>blocked</source>
        <translation>חסום</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="12" />
        <source>replaced</source>
        <translation>הוחלף</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="19" />
        <source>earned</source>
        <translation>נצבר</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="20" />
        <source>spent</source>
        <translation>מומש</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="21" />
        <source>expired</source>
        <translation>פג תוקף</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="22" />
        <source>adjusted</source>
        <translation>תוקן</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="23" />
        <source>returned</source>
        <translation>הוחזר</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="24" />
        <source>welcome bonus</source>
        <translation>בונוס הצטרפות</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="25" />
        <source>birthday bonus</source>
        <translation>בונוס יום הולדת</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="26" />
        <source>issued</source>
        <translation>הונפק</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="27" />
        <source>topped up</source>
        <translation>נטען</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="28" />
        <source>moved</source>
        <translation>הועבר</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="30" />
        <source>counted</source>
        <translation>נספר</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="37" />
        <source>card issued</source>
        <translation>כרטיס הונפק</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="38" />
        <source>card replaced</source>
        <translation>כרטיס הוחלף</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="39" />
        <source>card blocked</source>
        <translation>כרטיס נחסם</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="40" />
        <source>card unblocked</source>
        <translation>חסימת כרטיס הוסרה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="41" />
        <source>member edited</source>
        <translation>פרטי חבר עודכנו</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="42" />
        <source>members merged</source>
        <translation>חברי מועדון אוחדו</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="43" />
        <source>points adjusted</source>
        <translation>נקודות תוקנו</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="44" />
        <source>program saved</source>
        <translation>תוכנית נשמרה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="45" />
        <source>products imported</source>
        <translation>מוצרים יובאו</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="46" />
        <source>members imported</source>
        <translation>חברי מועדון יובאו</translation>
    </message>
    <message>
        <location filename="../../ui/manager/words.py" line="47" />
        <source>manager tools opened</source>
        <translation>כלי המנהל נפתחו</translation>
    </message>
</context>
<context>
    <name>MemberHitModel</name>
    <message>
        <location filename="../../ui/manager/member_list.py" line="53" />
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_list.py" line="53" />
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_list.py" line="53" />
        <source>Card</source>
        <translation>כרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_list.py" line="53" />
        <source>Card status</source>
        <translation>מצב הכרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_list.py" line="66" />
        <source>no card</source>
        <translation>אין כרטיס</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <location filename="../../ui/manager/member_page.py" line="84" />
        <source>Save profile</source>
        <translation>שמירת הפרטים</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="86" />
        <source>Card</source>
        <translation>כרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="86" />
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="86" />
        <source>Points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="102" />
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="102" />
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="102" />
        <source>Why</source>
        <translation>למה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="102" />
        <source>Balance</source>
        <translation>יתרה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="106" />
        <source>Receipt</source>
        <translation>קבלה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="106" />
        <source>Total</source>
        <translation>סה"כ</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="106" />
        <source>Discount</source>
        <translation>הנחה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="118" />
        <source>Points, line by line</source>
        <translation>נקודות, שורה אחר שורה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="119" />
        <source>Sales</source>
        <translation>מכירות</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="128" />
        <source>Back (Esc)</source>
        <translation>חזרה (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="129" />
        <source>Adjust points</source>
        <translation>תיקון נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="130" />
        <source>Block card</source>
        <translation>חסימת כרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="131" />
        <source>Replace lost card</source>
        <translation>החלפת כרטיס שאבד</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="132" />
        <source>Merge with…</source>
        <translation>איחוד עם…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="186" />
        <source>Member since {date}</source>
        <translation>חבר מאז {date}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="226" />
        <source>No card yet: issue one from the Issue card tab.</source>
        <translation>אין עדיין כרטיס: הנפיקו אחד בלשונית הנפקת כרטיס.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="235" />
        <source>Unblock card</source>
        <translation>הסרת חסימה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="239" />
        <source>Points: {points}</source>
        <translation>נקודות: {points}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="241" />
        <source>pending {points}</source>
        <translation>ממתינות {points}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="243" />
        <source>gift balance {amount}</source>
        <translation>יתרת מתנה {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="260" />
        <source>Why {total} points: the lines below add up to it (available {available}, pending {pending}, expired {expired}).</source>
        <translation>למה {total} נקודות: השורות שלמטה מסתכמות בזה (זמינות {available}, ממתינות {pending}, פגו {expired}).</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="275" />
        <source>receipt {number}</source>
        <translation>קבלה {number}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="277" />
        <source>by {name}</source>
        <translation>על ידי {name}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="322" />
        <source>Profile saved.</source>
        <translation>הפרטים נשמרו.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="322" />
        <source>Nothing changed.</source>
        <translation>לא השתנה דבר.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="336" />
        <source>{amount} points adjusted, approved by {name}; balance {balance}.</source>
        <translation>{amount} נקודות תוקנו, באישור {name}; יתרה {balance}.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="353" />
        <source>Card unblocked.</source>
        <translation>חסימת הכרטיס הוסרה.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="357" />
        <source>Block card {card}</source>
        <translation>חסימת כרטיס {card}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="357" />
        <source>Why?</source>
        <translation>מדוע?</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="364" />
        <source>Card blocked: it can neither earn nor spend.</source>
        <translation>הכרטיס נחסם: אי אפשר לצבור בו או לממש ממנו.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="375" />
        <source>Replace card {card}</source>
        <translation>החלפת כרטיס {card}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="376" />
        <source>Why is it replaced (lost, stolen, damaged)? The balance moves to the new card.</source>
        <translation>מדוע הוא מוחלף (אבד, נגנב, ניזוק)? היתרה עוברת לכרטיס החדש.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="390" />
        <source>New card {new} issued with {points} points; card {old} can no longer be used.</source>
        <translation>כרטיס חדש {new} הונפק עם {points} נקודות; בכרטיס {old} אי אפשר עוד להשתמש.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_page.py" line="413" />
        <source>{name} merged here: {cards} card(s) moved.</source>
        <translation>{name} אוחד לכאן: {cards} כרטיסים הועברו.</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="36" />
        <source>No member card.
Scan, swipe or type the card number.</source>
        <translation>אין כרטיס מועדון.
סרקו, העבירו או הקלידו את מספר הכרטיס.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="49" />
        <source>Birthday today</source>
        <translation>יום הולדת היום</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="79" />
        <source>Balance as of last sync</source>
        <translation>יתרה נכון לסנכרון האחרון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="113" />
        <source>Member</source>
        <translation>חבר מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="114" />
        <source>Card {number}</source>
        <translation>כרטיס {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="131" />
        <source>this sale earns {points}</source>
        <translation>המכירה הזו מזכה ב־{points}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="135" />
        <source>Points can pay up to {amount} of this sale</source>
        <translation>נקודות יכולות לשלם עד {amount} ממכירה זו</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="120" />
        <source>{amount} more to {tier}</source>
        <translation>עוד {amount} עד {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="125" />
        <source>{points} points</source>
        <translation>{points} נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="127" />
        <source>{points} pending</source>
        <translation>{points} ממתינות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/member_panel.py" line="129" />
        <source>gift {amount}</source>
        <translation>מתנה {amount}</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../ui/manager/member_list.py" line="109" />
        <source>Name, phone or card number</source>
        <translation>שם, טלפון או מספר כרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_list.py" line="165" />
        <source>Type part of a name, or at least 4 digits of a phone or card number.</source>
        <translation>הקלידו חלק משם, או לפחות 4 ספרות של טלפון או מספר כרטיס.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_list.py" line="167" />
        <source>No member found.</source>
        <translation>לא נמצא חבר מועדון.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_list.py" line="169" />
        <source>↑↓ choose · Enter opens the member</source>
        <translation>↑↓ בחירה · Enter פותח את חבר המועדון</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ui/manager/members_tab.py" line="23" />
        <source>Find a member</source>
        <translation>חיפוש חבר מועדון</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="161" />
        <source>Merge members</source>
        <translation>איחוד חברי מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="165" />
        <source>Merge another member into {name}</source>
        <translation>איחוד חבר מועדון אחר אל {name}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="169" />
        <source>Their cards move here with their balances; this member's details are kept.</source>
        <translation>הכרטיסים שלו עוברים לכאן עם היתרות; הפרטים של חבר זה נשמרים.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="179" />
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="181" />
        <source>Merge (F12)</source>
        <translation>איחוד (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="192" />
        <source>That is the same member.</source>
        <translation>זה אותו חבר מועדון.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="198" />
        <source>{name} will be merged here (F12 to confirm).</source>
        <translation>{name} יאוחד לכאן (F12 לאישור).</translation>
    </message>
</context>
<context>
    <name>NpsDialog</name>
    <message>
        <location filename="../../ui/dialogs/nps.py" line="16" />
        <source>Customer's opinion</source>
        <translation>דעת הלקוח</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/nps.py" line="22" />
        <source>How likely is the customer to recommend us to a friend?</source>
        <translation>עד כמה סביר שהלקוח ימליץ עלינו לחבר?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/nps.py" line="26" />
        <source>0 = not at all, 10 = certainly. Type the number and Enter, or Esc to skip.</source>
        <translation>‏0 = בכלל לא, 10 = בוודאות. הקלידו את המספר ו־Enter, או Esc כדי לדלג.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/nps.py" line="44" />
        <source>Skip (Esc)</source>
        <translation>דילוג (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/nps.py" line="54" />
        <source>A whole number from 0 to 10.</source>
        <translation>מספר שלם מ־0 עד 10.</translation>
    </message>
</context>
<context>
    <name>ParkedSalesDialog</name>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="16" />
        <source>Parked sales</source>
        <translation>מכירות מושהות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="19" />
        <source>Choose a parked sale to resume</source>
        <translation>בחרו מכירה מושהית להמשך</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="25" />
        <source> · member card</source>
        <translation> · כרטיס מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="26" />
        <source>{time}  {label}  ·  {items} items  ·  {total}{card}</source>
        <translation>{time}  {label}  ·  {items} פריטים  ·  {total}{card}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="40" />
        <source>No sales are parked.</source>
        <translation>אין מכירות מושהות.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="43" />
        <source>Close (Esc)</source>
        <translation>סגירה (Esc)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="68" />
        <source>Payment</source>
        <translation>תשלום</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="97" />
        <source>Cash
F1</source>
        <translation>מזומן
F1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="98" />
        <source>Card
F2</source>
        <translation>אשראי
F2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="99" />
        <location filename="../../ui/dialogs/payment.py" line="218" />
        <source>Points
F3</source>
        <translation>נקודות
F3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="100" />
        <source>Gift card
F4</source>
        <translation>כרטיס מתנה
F4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="119" />
        <source>Gift card or slip number</source>
        <translation>מספר כרטיס מתנה או שובר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="146" />
        <source>Coupon (F5)</source>
        <translation>קופון (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="157" />
        <source>Back (Esc)</source>
        <translation>חזרה (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="159" />
        <source>Complete
F12</source>
        <translation>סיום
F12</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="216" />
        <source>Points
F3 · up to {amount}</source>
        <translation>נקודות
F3 · עד {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="223" />
        <source>Scan a member card with points first</source>
        <translation>סרקו קודם כרטיס מועדון עם נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="182" />
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="182" />
        <source>Amount paid with points</source>
        <translation>סכום לתשלום בנקודות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="187" />
        <source>Gift card number</source>
        <translation>מספר כרטיס המתנה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="187" />
        <source>Slip number (optional)</source>
        <translation>מספר שובר (לא חובה)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="232" />
        <source>Exact</source>
        <translation>מדויק</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="303" />
        <source>Scan or type the gift card number.</source>
        <translation>סרקו או הקלידו את מספר כרטיס המתנה.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="312" />
        <source>Finish the payment before scanning items.</source>
        <translation>סיימו את התשלום לפני סריקת פריטים.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="349" />
        <source>{due} is still to pay.</source>
        <translation>נותר לתשלום {due}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="354" />
        <source>Completing the sale…</source>
        <translation>מסיים את המכירה…</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <location filename="../../ui/widgets/payments_panel.py" line="26" />
        <source>Total</source>
        <translation>סה"כ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payments_panel.py" line="27" />
        <source>Paid</source>
        <translation>שולם</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payments_panel.py" line="28" />
        <source>To pay</source>
        <translation>לתשלום</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payments_panel.py" line="29" />
        <source>Change</source>
        <translation>עודף</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payments_panel.py" line="44" />
        <source>Payments taken (Del removes the selected one)</source>
        <translation>תשלומים שהתקבלו (Del מוחק את הנבחר)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/payments_panel.py" line="62" />
        <source>({points} points)</source>
        <translation>({points} נקודות)</translation>
    </message>
</context>
<context>
    <name>PriceLookupDialog</name>
    <message>
        <location filename="../../ui/dialogs/price_lookup.py" line="32" />
        <source>Price lookup</source>
        <translation>בדיקת מחיר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/price_lookup.py" line="40" />
        <source>Find an item by name, SKU or barcode</source>
        <translation>חיפוש פריט לפי שם, מק"ט או ברקוד</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/price_lookup.py" line="49" />
        <source>Item</source>
        <translation>פריט</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/price_lookup.py" line="49" />
        <source>Price</source>
        <translation>מחיר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/price_lookup.py" line="63" />
        <source>Close (Esc)</source>
        <translation>סגירה (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/price_lookup.py" line="97" />
        <source>/kg</source>
        <translation>/ק"ג</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/price_lookup.py" line="107" />
        <source>Nothing found.</source>
        <translation>לא נמצא דבר.</translation>
    </message>
</context>
<context>
    <name>PrintBridge</name>
    <message>
        <location filename="../../ui/bridges/printing.py" line="59" />
        <source>Z report {number}</source>
        <translation>דוח Z {number}</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/printing.py" line="61" />
        <source>X report</source>
        <translation>דוח X</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/printing.py" line="78" />
        <location filename="../../ui/bridges/printing.py" line="94" />
        <source>No printer is set up on this till.</source>
        <translation>לא מוגדרת מדפסת בקופה זו.</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/printing.py" line="92" />
        <source>No sale has the receipt number {number}.</source>
        <translation>אין מכירה עם מספר קבלה {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/printing.py" line="97" />
        <source>The receipt could not be prepared for printing.</source>
        <translation>לא ניתן היה להכין את הקבלה להדפסה.</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/printing.py" line="101" />
        <source>Printer: none</source>
        <translation>מדפסת: אין</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/printing.py" line="103" />
        <source>Printer: ready</source>
        <translation>מדפסת: מוכנה</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/printing.py" line="103" />
        <source>Printer: not printing</source>
        <translation>מדפסת: לא מדפיסה</translation>
    </message>
    <message>
        <location filename="../../ui/bridges/printing.py" line="105" />
        <source>{count} waiting</source>
        <translation>{count} ממתינות</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../ui/manager/profile_form.py" line="25" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/manager/profile_form.py" line="28" />
        <source>Agrees to receive messages</source>
        <translation>מסכים לקבל הודעות</translation>
    </message>
    <message>
        <location filename="../../ui/manager/profile_form.py" line="32" />
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../ui/manager/profile_form.py" line="33" />
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../ui/manager/profile_form.py" line="34" />
        <source>E-mail</source>
        <translation>דוא"ל</translation>
    </message>
    <message>
        <location filename="../../ui/manager/profile_form.py" line="35" />
        <source>Birthday</source>
        <translation>יום הולדת</translation>
    </message>
</context>
<context>
    <name>ProgramForm</name>
    <message>
        <location filename="../../ui/manager/program_form.py" line="40" />
        <source>Lists and scopes (tiers, multipliers, promotions, which goods) as JSON</source>
        <translation>רשימות ותחומים (דרגות, מכפילים, מבצעים, אילו מוצרים) כ־JSON</translation>
    </message>
    <message>
        <location filename="../../ui/manager/program_form.py" line="64" />
        <source>Kind: {kind}</source>
        <translation>סוג: {kind}</translation>
    </message>
</context>
<context>
    <name>ProgramsTab</name>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="53" />
        <source>Loyalty programs</source>
        <translation>תוכניות נאמנות</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="61" />
        <source>New from template</source>
        <translation>חדשה מתבנית</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="84" />
        <source>Save as a new version (F12)</source>
        <translation>שמירה כגרסה חדשה (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="96" />
        <source>Example basket</source>
        <translation>סל לדוגמה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="97" />
        <source>Member's tier</source>
        <translation>דרגת החבר</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="131" />
        <source>{name}
{kind} · version {version}</source>
        <translation>{name}
{kind} · גרסה {version}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="142" />
        <source>no tier</source>
        <translation>ללא דרגה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="190" />
        <source>Lists and scopes, line {line}: {reason}</source>
        <translation>רשימות ותחומים, שורה {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="203" />
        <source>{name}: the program can work.</source>
        <translation>{name}: התוכנית תקינה.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="207" />
        <source>Type an example basket amount.</source>
        <translation>הקלידו סכום סל לדוגמה.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="215" />
        <source>a {tier} member</source>
        <translation>חבר בדרגת {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="215" />
        <source>a member with no tier</source>
        <translation>חבר ללא דרגה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="217" />
        <source>A {basket} basket for {who} gives:</source>
        <translation>סל של {basket} עבור {who} נותן:</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="218" />
        <source>discount {discount}, to pay {to_pay}</source>
        <translation>הנחה {discount}, לתשלום {to_pay}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="221" />
        <source>{points} points earned</source>
        <translation>{points} נקודות נצברות</translation>
    </message>
    <message>
        <location filename="../../ui/manager/programs_tab.py" line="235" />
        <source>{name} saved as version {version}.</source>
        <translation>{name} נשמרה כגרסה {version}.</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <location filename="../../ui/dialogs/quantity.py" line="33" />
        <source>Quantity</source>
        <translation>כמות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quantity.py" line="37" />
        <source>Quantity for {item}</source>
        <translation>כמות עבור {item}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quantity.py" line="46" />
        <source>kg</source>
        <translation>ק"ג</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quantity.py" line="46" />
        <source>pcs</source>
        <translation>יח'</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quantity.py" line="56" />
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quantity.py" line="64" />
        <source>Type a quantity (whole pieces, or kilograms like 1.250).</source>
        <translation>הקלידו כמות (יחידות שלמות, או ק"ג כמו 1.250).</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="141" />
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/member_dialogs.py" line="143" />
        <source>Confirm (Enter)</source>
        <translation>אישור (Enter)</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../ui/receipt_words.py" line="13" />
        <source>RETURN</source>
        <translation>החזרה</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="14" />
        <source>Receipt</source>
        <translation>קבלה</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="15" />
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="16" />
        <source>Till</source>
        <translation>קופה</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="17" />
        <source>Cashier</source>
        <translation>קופאי</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="18" />
        <source>Original receipt</source>
        <translation>קבלה מקורית</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="19" />
        <source>Subtotal</source>
        <translation>סכום ביניים</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="20" />
        <source>You saved</source>
        <translation>חסכתם</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="21" />
        <source>TOTAL</source>
        <translation>סה"כ לתשלום</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="22" />
        <source>VAT {rate} included</source>
        <translation>כולל מע"מ {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="23" />
        <source>({points} points)</source>
        <translation>({points} נקודות)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="24" />
        <source>Change</source>
        <translation>עודף</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="25" />
        <source>Member</source>
        <translation>חבר מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="26" />
        <source>Tier</source>
        <translation>דרגה</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="27" />
        <source>To {tier}</source>
        <translation>עד {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="28" />
        <source>Points earned</source>
        <translation>נקודות שנצברו</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="29" />
        <source>Points spent</source>
        <translation>נקודות שמומשו</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="30" />
        <source>Points balance</source>
        <translation>יתרת נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="31" />
        <source>Points pending</source>
        <translation>נקודות ממתינות</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="32" />
        <source>Gift card balance</source>
        <translation>יתרת כרטיס מתנה</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="33" />
        <source>Expiring {date}</source>
        <translation>פג תוקף {date}</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="34" />
        <source>Balance as of last sync</source>
        <translation>יתרה נכון לסנכרון האחרון</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="35" />
        <source>Opened</source>
        <translation>נפתחה</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="36" />
        <source>Closed</source>
        <translation>נסגרה</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="37" />
        <source>Sales ({count})</source>
        <translation>מכירות ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="38" />
        <source>Returns ({count})</source>
        <translation>החזרות ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="39" />
        <source>Voided sales</source>
        <translation>מכירות שבוטלו</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="40" />
        <source>Discounts given</source>
        <translation>הנחות שניתנו</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="41" />
        <source>Net total</source>
        <translation>סה"כ נטו</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="42" />
        <source>Float</source>
        <translation>קופה קטנה</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="43" />
        <source>Change given</source>
        <translation>עודף שניתן</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="44" />
        <source>Cash in / out</source>
        <translation>הכנסה / הוצאה</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="45" />
        <source>Cash expected</source>
        <translation>מזומן צפוי</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="46" />
        <source>Cash counted</source>
        <translation>מזומן שנספר</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="47" />
        <source>Difference</source>
        <translation>הפרש</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_words.py" line="35" />
        <source>How did we do? Answer with this survey code:</source>
        <translation>איך היה? ענו עם קוד הסקר:</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <location filename="../../ui/dialogs/receipts.py" line="17" />
        <source>Receipts</source>
        <translation>קבלות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receipts.py" line="21" />
        <source>Waiting for the printer</source>
        <translation>ממתינות למדפסת</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receipts.py" line="29" />
        <source>Nothing is waiting: every receipt was printed.</source>
        <translation>אין דבר בהמתנה: כל הקבלות הודפסו.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receipts.py" line="33" />
        <source>Copy of receipt no.</source>
        <translation>העתק של קבלה מס'</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receipts.py" line="44" />
        <source>Enter prints a copy of this receipt; with the field empty, it prints the waiting one chosen.</source>
        <translation>Enter מדפיס העתק של קבלה זו; כשהשדה ריק, מודפסת הקבלה הממתינה שנבחרה.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receipts.py" line="52" />
        <source>Close (Esc)</source>
        <translation>סגירה (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receipts.py" line="63" />
        <source>{count} tries</source>
        <translation>{count} ניסיונות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receipts.py" line="89" />
        <source>Printing a copy of {number}…</source>
        <translation>מדפיס העתק של {number}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receipts.py" line="95" />
        <source>Printing again…</source>
        <translation>מדפיס שוב…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receipts.py" line="101" />
        <source>{title} printed.</source>
        <translation>{title} הודפס.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receipts.py" line="105" />
        <source>{title} did not print: {reason}</source>
        <translation>{title} לא הודפס: {reason}</translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="46" />
        <location filename="../../ui/dialogs/returns.py" line="80" />
        <source>Return</source>
        <translation>החזרה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="60" />
        <source>Return by receipt</source>
        <translation>החזרה לפי קבלה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="64" />
        <source>Receipt number</source>
        <translation>מספר קבלה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="68" />
        <source>Scan the receipt barcode or type its number</source>
        <translation>סרקו את ברקוד הקבלה או הקלידו את מספרה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="80" />
        <source>Item</source>
        <translation>פריט</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="80" />
        <source>Sold</source>
        <translation>נמכר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="80" />
        <source>Left</source>
        <translation>נותר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="80" />
        <source>Refund</source>
        <translation>החזר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="94" />
        <source>↑↓ choose a line · Space: all or none · a number then Enter: that many</source>
        <translation>↑↓ בחירת שורה · רווח: הכול או כלום · מספר ואז Enter: כמות זו</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="117" />
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="119" />
        <source>Confirm return
F12 · manager PIN</source>
        <translation>אישור החזרה
F12 · קוד מנהל</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="144" />
        <source> · member card</source>
        <translation> · כרטיס מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="146" />
        <source>Sale {number} of {time} · total {total}{card}</source>
        <translation>מכירה {number} מ־{time} · סה"כ {total}{card}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="230" />
        <source>Choose the lines to return.</source>
        <translation>בחרו את השורות להחזרה.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="238" />
        <source>({points} points back to the card)</source>
        <translation>({points} נקודות חוזרות לכרטיס)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="242" />
        <source>Give back: {refunds}</source>
        <translation>להחזיר: {refunds}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="245" />
        <source>Points taken back from the card (earned on these items): {points}</source>
        <translation>נקודות שיורדו מהכרטיס (נצברו על פריטים אלה): {points}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="250" />
        <source>Refund {amount}</source>
        <translation>החזר {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="294" />
        <source>{typed} is not a quantity.</source>
        <translation>{typed} אינו כמות.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="313" />
        <source>Return of {amount} on receipt {number}</source>
        <translation>החזרה של {amount} על קבלה {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="324" />
        <source>Writing the return…</source>
        <translation>רושם את ההחזרה…</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <location filename="../../ui/pages/sale.py" line="102" />
        <source>Quantity</source>
        <translation>כמות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="103" />
        <source>Remove line</source>
        <translation>מחיקת שורה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="104" />
        <source>Price lookup</source>
        <translation>בדיקת מחיר</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="105" />
        <source>Remove card</source>
        <translation>הסרת כרטיס</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="106" />
        <source>Park sale</source>
        <translation>השהיית מכירה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="107" />
        <source>Parked sales</source>
        <translation>מכירות מושהות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="108" />
        <source>Return</source>
        <translation>החזרה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="109" />
        <source>Void sale</source>
        <translation>ביטול מכירה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="110" />
        <source>Receipts</source>
        <translation>קבלות</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="111" />
        <source>X report</source>
        <translation>דוח X</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="112" />
        <source>Close shift</source>
        <translation>סגירת משמרת</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="113" />
        <source>Log out</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="114" />
        <source>Pay</source>
        <translation>תשלום</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="195" />
        <source>Sale {number} completed. Change: {change}</source>
        <translation>מכירה {number} הסתיימה. עודף: {change}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="212" />
        <source>Scan an item first, then set its quantity.</source>
        <translation>סרקו פריט קודם, ואז קבעו כמות.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="218" />
        <source>{typed} is not a quantity.</source>
        <translation>{typed} אינו כמות.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="243" />
        <source>Choose a line with the arrow keys first.</source>
        <translation>בחרו שורה קודם בעזרת החצים.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sale.py" line="115" />
        <source>Manager</source>
        <translation>מנהל</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../ui/widgets/scan_field.py" line="23" />
        <source>Scan or type a code, then Enter</source>
        <translation>סרקו או הקלידו קוד, ואז Enter</translation>
    </message>
</context>
<context>
    <name>ShiftCloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="20" />
        <source>Close shift</source>
        <translation>סגירת משמרת</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="24" />
        <source>Close the shift</source>
        <translation>סגירת המשמרת</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="27" />
        <source>Count all the cash in the drawer and type the amount.</source>
        <translation>ספרו את כל המזומן במגירה והקלידו את הסכום.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="41" />
        <source>Cancel (Esc)</source>
        <translation>ביטול (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="49" />
        <source>Type the cash counted (0 if the drawer is empty).</source>
        <translation>הקלידו את המזומן שנספר (0 אם המגירה ריקה).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="57" />
        <source>The counted cash cannot be negative.</source>
        <translation>המזומן שנספר אינו יכול להיות שלילי.</translation>
    </message>
</context>
<context>
    <name>ShiftOpenPage</name>
    <message>
        <location filename="../../ui/pages/shift_open.py" line="31" />
        <source>Open a shift</source>
        <translation>פתיחת משמרת</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shift_open.py" line="37" />
        <source>Count the cash in the drawer (the float) and type the amount.</source>
        <translation>ספרו את המזומן במגירה (קופה קטנה) והקלידו את הסכום.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shift_open.py" line="55" />
        <source>Log out (Esc)</source>
        <translation>יציאה (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shift_open.py" line="63" />
        <source>Hello, {name}</source>
        <translation>שלום, {name}</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="30" />
        <source>Z report</source>
        <translation>דוח Z</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="30" />
        <source>X report</source>
        <translation>דוח X</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="36" />
        <source>Z report no. {number}</source>
        <translation>דוח Z מס' {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="38" />
        <source>X report (shift still open)</source>
        <translation>דוח X (המשמרת עדיין פתוחה)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="61" />
        <source>Print (F9)</source>
        <translation>הדפסה (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="64" />
        <source>Close (Enter)</source>
        <translation>סגירה (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="93" />
        <source>Till</source>
        <translation>קופה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="94" />
        <source>Cashier</source>
        <translation>קופאי</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="95" />
        <source>Opened</source>
        <translation>נפתחה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="97" />
        <source>Closed</source>
        <translation>נסגרה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="98" />
        <source>Sales</source>
        <translation>מכירות</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="99" />
        <source>Sales ({count})</source>
        <translation>מכירות ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="100" />
        <source>Returns ({count})</source>
        <translation>החזרות ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="101" />
        <source>Voided sales</source>
        <translation>מכירות שבוטלו</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="102" />
        <source>Discounts given</source>
        <translation>הנחות שניתנו</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="103" />
        <source>Net total</source>
        <translation>סה"כ נטו</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="105" />
        <source>Tax included</source>
        <translation>מע"מ כלול</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="108" />
        <source>VAT {rate} on {gross}</source>
        <translation>מע"מ {rate} על {gross}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="112" />
        <source>Payments</source>
        <translation>תשלומים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="116" />
        <source>Points spent</source>
        <translation>נקודות שמומשו</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="117" />
        <source>Cash drawer</source>
        <translation>מגירת מזומנים</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="118" />
        <source>Float</source>
        <translation>קופה קטנה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="119" />
        <source>Change given</source>
        <translation>עודף שניתן</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="120" />
        <source>Cash in / out</source>
        <translation>הכנסה / הוצאה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="121" />
        <source>Cash expected</source>
        <translation>מזומן צפוי</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="123" />
        <source>Cash counted</source>
        <translation>מזומן שנספר</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="126" />
        <source>Over</source>
        <translation>עודף בקופה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="126" />
        <source>Short</source>
        <translation>חוסר בקופה</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="126" />
        <source>Exact</source>
        <translation>מדויק</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_report.py" line="140" />
        <source>Sent to the printer.</source>
        <translation>נשלח למדפסת.</translation>
    </message>
</context>
<context>
    <name>Tender</name>
    <message>
        <location filename="../../ui/messages.py" line="122" />
        <source>Cash</source>
        <translation>מזומן</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123" />
        <source>Card</source>
        <translation>אשראי</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124" />
        <source>Points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125" />
        <source>Gift card</source>
        <translation>כרטיס מתנה</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="31" />
        <source>Office: checking…</source>
        <translation>משרד: בודק…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="32" />
        <source>Printer: not set up</source>
        <translation>מדפסת: לא מוגדרת</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="33" />
        <source>Scanner: keyboard only</source>
        <translation>סורק: מקלדת בלבד</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="49" />
        <source>{count} queued</source>
        <translation>{count} בתור</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="51" />
        <source>Office: online</source>
        <translation>משרד: מחובר</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="54" />
        <source>Office: offline {minutes} min</source>
        <translation>משרד: לא מחובר {minutes} דק'</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="57" />
        <source>Office: refused the sync</source>
        <translation>משרד: הסנכרון נדחה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="59" />
        <source>Office: not set up (offline)</source>
        <translation>משרד: לא מוגדר (לא מחובר)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="61" />
        <source>Office: sync stopped</source>
        <translation>משרד: הסנכרון הופסק</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="73" />
        <source>No shift open</source>
        <translation>אין משמרת פתוחה</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="77" />
        <source>Shift since {time}</source>
        <translation>משמרת מ־{time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="82" />
        <source>Nobody logged in</source>
        <translation>אף אחד לא מחובר</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../ui/window.py" line="56" />
        <source>Kupa — {shop}, till {till}</source>
        <translation>קופה — {shop}, קופה {till}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="160" />
        <source>The sale that was open when the till stopped is back.</source>
        <translation>המכירה שהייתה פתוחה כשהקופה נסגרה חזרה.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="218" />
        <source>{time} by {name}</source>
        <translation>{time} על ידי {name}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="234" />
        <source>Void this sale of {total}</source>
        <translation>ביטול המכירה על סך {total}</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="248" />
        <source>Finish or park the sale first, then take the return.</source>
        <translation>סיימו או השהו את המכירה, ואז בצעו את ההחזרה.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="257" />
        <source>Return {number} done: give back {amount}.</source>
        <translation>החזרה {number} בוצעה: להחזיר {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="304" />
        <source>Sale {number} voided.</source>
        <translation>מכירה {number} בוטלה.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="314" />
        <source>Finish or park the sale first.</source>
        <translation>סיימו או השהו את המכירה קודם.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="336" />
        <source>In progress</source>
        <translation>בתהליך</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="323" />
        <source>Open the manager tools</source>
        <translation>פתיחת כלי המנהל</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../ui/widgets/totals.py" line="24" />
        <source>Subtotal</source>
        <translation>סכום ביניים</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/totals.py" line="25" />
        <source>Discounts</source>
        <translation>הנחות</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/totals.py" line="26" />
        <source>Tax included</source>
        <translation>מע"מ כלול</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/totals.py" line="27" />
        <source>Total</source>
        <translation>סה"כ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/totals.py" line="28" />
        <source>Paid</source>
        <translation>שולם</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/totals.py" line="40" />
        <location filename="../../ui/widgets/totals.py" line="58" />
        <location filename="../../ui/widgets/totals.py" line="68" />
        <source>To pay</source>
        <translation>לתשלום</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/totals.py" line="74" />
        <source>Change</source>
        <translation>עודף</translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="44" />
        <source>Import and export CSV</source>
        <translation>ייבוא וייצוא CSV</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="48" />
        <source>Products</source>
        <translation>מוצרים</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="49" />
        <source>Members</source>
        <translation>חברי מועדון</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="53" />
        <source>/path/to/file.csv</source>
        <translation>/path/to/file.csv</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="54" />
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="61" />
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="62" />
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="63" />
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="68" />
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="89" />
        <source>The file is checked whole first: if any row is wrong, nothing is imported and every bad row is listed.</source>
        <translation>הקובץ נבדק קודם כולו: אם שורה כלשהי שגויה, דבר אינו מיובא וכל שורה שגויה מפורטת.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="108" />
        <source>CSV file</source>
        <translation>קובץ CSV</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="126" />
        <source>Choose the file first.</source>
        <translation>בחרו קודם את הקובץ.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="143" />
        <source>Checking the file…</source>
        <translation>בודק את הקובץ…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="164" />
        <source>{rows} rows imported: {created} new, {updated} updated.</source>
        <translation>{rows} שורות יובאו: {created} חדשות, {updated} עודכנו.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="178" />
        <source>Nothing was imported: {count} bad row(s) of {rows}. Correct them and import again.</source>
        <translation>דבר לא יובא: {count} שורות שגויות מתוך {rows}. תקנו אותן וייבאו שוב.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="185" />
        <source>Line {line}: {column} {reason}</source>
        <translation>שורה {line}: {column} {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="191" />
        <source>The file cannot be read: {reason}</source>
        <translation>אי אפשר לקרוא את הקובץ: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="196" />
        <source>Exporting…</source>
        <translation>מייצא…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/transfer_tab.py" line="213" />
        <source>Exported to {path}.</source>
        <translation>יוצא אל {path}.</translation>
    </message>
</context>
</TS>