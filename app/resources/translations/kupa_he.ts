<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
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
    <name>ShopPage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="114" />
        <source>Your shop</source>
        <translation>החנות שלך</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="115" />
        <source>The name printed on every receipt, the language of the till and its money.</source>
        <translation>השם שיודפס על כל קבלה, שפת הקופה והמטבע שלה.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="116" />
        <source>Shop na&amp;me</source>
        <translation>&amp;שם החנות</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="116" />
        <source>&amp;Language</source>
        <translation>ש&amp;פה</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="116" />
        <source>&amp;Currency</source>
        <translation>&amp;מטבע</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="116" />
        <source>&amp;Time zone</source>
        <translation>אזור &amp;זמן</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="158" />
        <source>Receipt printer</source>
        <translation>מדפסת קבלות</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="159" />
        <source>How the till reaches its ESC/POS receipt printer.</source>
        <translation>איך הקופה מתחברת למדפסת הקבלות (ESC/POS).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="161" />
        <source>N&amp;o printer</source>
        <translation>&amp;ללא מדפסת</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="162" />
        <source>Ne&amp;twork (host or host:port)</source>
        <translation>&amp;רשת (host או host:port)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="163" />
        <source>Se&amp;rial port</source>
        <translation>יציאה &amp;טורית</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="164" />
        <source>&amp;USB (vendor:product id)</source>
        <translation>&amp;USB (מזהה יצרן:מוצר)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="165" />
        <source>Printer &amp;device file</source>
        <translation>קובץ &amp;התקן של המדפסת</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="169" />
        <source>&amp;Address</source>
        <translation>&amp;כתובת</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="170" />
        <source>&amp;Paper width</source>
        <translation>רוחב &amp;נייר</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="158" />
        <source>80 mm</source>
        <translation>80 מ״מ</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="159" />
        <source>58 mm</source>
        <translation>58 מ״מ</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="204" />
        <source>Scanners and card readers</source>
        <translation>סורקים וקוראי כרטיסים</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="205" />
        <source>Where barcodes and member cards come from.</source>
        <translation>מאיפה מגיעים הברקודים וכרטיסי המועדון.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="207" />
        <source>&amp;Keyboard wedge (the scanner types like a keyboard)</source>
        <translation>סורק &amp;מקלדת (הסורק מקליד כמו מקלדת)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="208" />
        <source>Se&amp;rial port (USB-CDC scanner or card reader)</source>
        <translation>יציאה &amp;טורית (סורק או קורא כרטיסים USB-CDC)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="209" />
        <source>&amp;Camera (its number: 0 is the first)</source>
        <translation>מ&amp;צלמה (המספר שלה: 0 היא הראשונה)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="210" />
        <source>N&amp;one: codes are typed</source>
        <translation>&amp;ללא: הקודים מוקלדים</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="214" />
        <source>&amp;Port or camera</source>
        <translation>&amp;יציאה או מצלמה</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="215" />
        <source>Under a non-US keyboard layout a keyboard-wedge scanner gets letters wrong: only digits are safe.</source>
        <translation>בפריסת מקלדת שאינה אנגלית (ארה״ב) סורק מקלדת משבש אותיות: רק ספרות עוברות בבטחה.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="245" />
        <source>Head office</source>
        <translation>משרד ראשי</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="246" />
        <source>The till sells without it; sales, cards and points travel when it is reachable.</source>
        <translation>הקופה מוכרת גם בלעדיו; מכירות, כרטיסים ונקודות עוברים כשיש אליו חיבור.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="248" />
        <source>No &amp;head office: this till stands alone</source>
        <translation>&amp;ללא משרד ראשי: הקופה עצמאית</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="249" />
        <source>&amp;Online: register with a one-time code from the office</source>
        <translation>&amp;מקוון: רישום בקוד חד־פעמי מהמשרד</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="250" />
        <source>&amp;USB bundles: carry signed files to the office and back</source>
        <translation>&amp;חבילות USB: קבצים חתומים שעוברים למשרד ובחזרה</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="254" />
        <source>Office &amp;address</source>
        <translation>&amp;כתובת המשרד</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="255" />
        <source>One-time &amp;code</source>
        <translation>קוד חד־&amp;פעמי</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="283" />
        <source>The first manager</source>
        <translation>המנהל הראשון</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="284" />
        <source>The manager approves returns and voids and adds the other staff.</source>
        <translation>המנהל מאשר החזרות וביטולים ומוסיף את שאר העובדים.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="285" />
        <source>Na&amp;me</source>
        <translation>&amp;שם</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="285" />
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>קו&amp;ד (4 עד 12 ספרות)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="285" />
        <source>PIN &amp;again</source>
        <translation>הקוד ש&amp;וב</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="288" />
        <source>The till opens at the login screen when the setup is done.</source>
        <translation>בסיום ההגדרה הקופה נפתחת במסך הכניסה.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="119" />
        <source>Give the shop a name.</source>
        <translation>יש לתת לחנות שם.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="120" />
        <source>Choose a currency from the list.</source>
        <translation>יש לבחור מטבע מהרשימה.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="122" />
        <source>The till cannot use that printer address.</source>
        <translation>הקופה לא יכולה להשתמש בכתובת המדפסת הזו.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="123" />
        <source>Type the scanner's serial port, like /dev/ttyACM0.</source>
        <translation>יש להקליד את היציאה הטורית של הסורק, למשל /dev/ttyACM0.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="124" />
        <source>A camera is chosen by its number: 0 is the first camera.</source>
        <translation>מצלמה נבחרת לפי המספר שלה: 0 היא המצלמה הראשונה.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="125" />
        <source>The office address starts with http:// or https://.</source>
        <translation>כתובת המשרד מתחילה ב־http:// או ב־https://.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="126" />
        <source>Type the one-time code the office gave you.</source>
        <translation>יש להקליד את הקוד החד־פעמי שקיבלת מהמשרד.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="127" />
        <source>The office refused the registration.</source>
        <translation>המשרד דחה את הרישום.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="128" />
        <source>The office did not answer. Check the address, or choose no office.</source>
        <translation>המשרד לא ענה. יש לבדוק את הכתובת, או לבחור ללא משרד.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="129" />
        <source>Give the manager a name.</source>
        <translation>יש לתת למנהל שם.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="130" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation>קוד הוא בן 4 עד 12 ספרות.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="131" />
        <source>This database already holds a till.</source>
        <translation>במסד הנתונים הזה כבר יש קופה.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="133" />
        <source>The till could not be set up.</source>
        <translation>לא ניתן היה להגדיר את הקופה.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="164" />
        <source>Kupa: set up this till</source>
        <translation>קופה: הגדרת הקופה הזו</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="165" />
        <source>&amp;Next</source>
        <translation>ה&amp;בא</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="166" />
        <source>&amp;Back</source>
        <translation>ה&amp;קודם</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="167" />
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="168" />
        <source>&amp;Set up the till</source>
        <translation>&amp;הגדרת הקופה</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="107" />
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>שני הקודים שונים; יש להקליד את אותו קוד פעמיים.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="121" />
        <source>There is no time zone called %1.</source>
        <translation>אין אזור זמן בשם %1.</translation>
    </message>
</context>
</TS>