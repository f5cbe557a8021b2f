<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka_GE" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager PIN to approve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardStatus</name>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutBridge</name>
    <message>
        <source>Please wait: the last sale is still being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale is open: log in and open a shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale parked: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park or finish the sale in progress first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer sold, left out: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceBridge</name>
    <message>
        <source>Scanner: keyboard wedge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: typed codes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: {name} not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: {name} starting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>amount in {got} where {expected} is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no product has barcode {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode {code} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity not accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that line is not in this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount not accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} payment of {amount} is more than the {due} still due; only cash can give change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment not accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} is still to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sale is already {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sale has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {field} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this card is blocked; it cannot earn or spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card has {available} points available; {wanted} were asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points can be spent from a balance of {minimum}; the card has {available}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} needs a receipt of at least {minimum}; this one is {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} may be paid with points here ({reason}); {asked} was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points cannot pay for this sale: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon {code} is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon {code} can be used from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon {code} expired on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon {code} has already been used ({uses} of {uses})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that gift card is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gift card&apos;s balance of {expired} has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gift card has {available}; {wanted} was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gift card amount not accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card has {available} stamps; {wanted} are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjustment not accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more is being returned than was sold on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon {code} has been withdrawn by the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card {card} is not known here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card {card} is {status}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card {card} is {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sale with receipt number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one line to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this receipt cannot be returned: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sale cannot be parked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity not accepted: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount not accepted: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment not accepted: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {kind} payment cannot be more than the {due} still due; only cash gives change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} is still to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That line is no longer in the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That amount is in another currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shift before selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {card} is not known here. The sale goes on without a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {card} is {status}: {reason}. The sale goes on without a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {card} is {status}. The sale goes on without a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN ({left} attempts left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in a few minutes or ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager PIN is needed for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is already open on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That parked sale is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale cannot be parked: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not print: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale has the receipt number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one line to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt cannot be returned: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Till {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Loyalty</name>
    <message>
        <source>{first} + {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} not combined: {chosen} saves more ({saving} vs {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no points on this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline limit {points} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} points are for sales in {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points can pay for receipts from {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no points available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points can be spent from a balance of {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} points available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goods payable with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to {percent} of the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {points} points - {percent} ({promotions}) of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {points} points - {percent} of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {points} points on {amount} (rates by category: {promotions})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {points} points on {amount} (rates by category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon {code}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon {code} {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon {code} {amount} off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} - {name} (receipts from {minimum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} - {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ladder}: {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} - member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} - points spent in {count} sales (more than {after})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {count} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} - {needed} stamps each (card had {had})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card: {used} used, {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {have} of {needed} stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with points: {points} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points balance: {points} (+{pending} pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points balance: {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} points valid until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to {tier}: {percent} from this purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to {tier}: {percent} from your next purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points taken back: {points} (earned on the returned items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points given back: {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card: {amount} back on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamps taken back: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon {code} can be used again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamps given back: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifetime spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend in the last {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} + this sale {sale} = {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ladder}: no tier yet - {basis} {spend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} to {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept until {day}: spend {spend} in the {months} months to {month} &gt;= {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier} {percent} - {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier} {percent} - {basis} {spend} &gt;= {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon {code} gives nothing on these items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>No member card.
Scan, swipe or type the card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance as of last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} more to {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gift {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sale earns {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points can pay up to {amount} of this sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkedSalesDialog</name>
    <message>
        <source>Parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a parked sale to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}  {label}  ·  {items} items  ·  {total}{card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales are parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash
F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card
F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points
F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card
F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card or slip number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete
F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points
F3 · up to {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a member card with points first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the gift card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the payment before scanning items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} is still to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing the sale…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments taken (Del removes the selected one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({points} points)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceLookupDialog</name>
    <message>
        <source>Price lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an item by name, SKU or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintBridge</name>
    <message>
        <source>Z report {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale has the receipt number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be prepared for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: not printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity for {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a quantity (whole pieces, or kilograms like 1.250).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>only digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digit is wrong (scan it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a card number of this shop (check the digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a discount cannot add to the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity must be a whole number of thousandths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order discounts are more than the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} is sold by the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discounts on {product} are more than its price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {available} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manager must be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be topped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the least is {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the most is {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason and a manager are needed to move a card&apos;s balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paying with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goods payable with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} costs {points} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bonus program in {currency} for this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the payments before changing the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that payment is not part of this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a points payment must say how many points it spends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a points payment spends points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sale is already paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change can only be given from cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label carries no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity must be more than zero (use remove to take a line off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} is not sold by weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gift card {card} has {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan a member card with a points program first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the gift card first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product}: {quantity} left to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} is returned by the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a return receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sale was voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shift is open on this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt changed while the return was prepared; start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the payments first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>RETURN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT {rate} included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({points} points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance as of last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting: every receipt was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter prints a copy of this receipt; with the field empty, it prints the waiting one chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a copy of {number}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} did not print: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return by receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the receipt barcode or type its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ choose a line · Space: all or none · a number then Enter: that many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm return
F12 · manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale {number} of {time} · total {total}{card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lines to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({points} points back to the card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give back: {refunds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points taken back from the card (earned on these items): {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return of {amount} on receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the return…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale {number} completed. Change: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an item first, then set its quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a line with the arrow keys first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or type a code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftCloseDialog</name>
    <message>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count all the cash in the drawer and type the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cash counted (0 if the drawer is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftOpenPage</name>
    <message>
        <source>Open a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the cash in the drawer (the float) and type the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <source>Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report (shift still open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT {rate} on {gross}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tender</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <source>Office: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: keyboard only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: offline {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: refused the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: not set up (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <source>Kupa — {shop}, till {till}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale that was open when the till stopped is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void this sale of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or park the sale first, then take the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {number} done: give back {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale {number} voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or park the sale first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
