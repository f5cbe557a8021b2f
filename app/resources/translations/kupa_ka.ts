<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ka_GE">
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="114" />
        <source>Your shop</source>
        <translation>თქვენი მაღაზია</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="115" />
        <source>The name printed on every receipt, the language of the till and its money.</source>
        <translation>სახელი, რომელიც ყველა ჩეკზე იბეჭდება, სალაროს ენა და ვალუტა.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="116" />
        <source>Shop na&amp;me</source>
        <translation>მაღაზიის &amp;სახელი</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="116" />
        <source>&amp;Language</source>
        <translation>&amp;ენა</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="116" />
        <source>&amp;Currency</source>
        <translation>&amp;ვალუტა</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="116" />
        <source>&amp;Time zone</source>
        <translation>&amp;დროის სარტყელი</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="158" />
        <source>Receipt printer</source>
        <translation>ჩეკების პრინტერი</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="159" />
        <source>How the till reaches its ESC/POS receipt printer.</source>
        <translation>როგორ უკავშირდება სალარო ჩეკების ESC/POS პრინტერს.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="161" />
        <source>N&amp;o printer</source>
        <translation>&amp;პრინტერის გარეშე</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="162" />
        <source>Ne&amp;twork (host or host:port)</source>
        <translation>&amp;ქსელი (host ან host:port)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="163" />
        <source>Se&amp;rial port</source>
        <translation>&amp;სერიული პორტი</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="164" />
        <source>&amp;USB (vendor:product id)</source>
        <translation>&amp;USB (მწარმოებლის:პროდუქტის id)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="165" />
        <source>Printer &amp;device file</source>
        <translation>პრინტერის &amp;მოწყობილობის ფაილი</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="169" />
        <source>&amp;Address</source>
        <translation>მისამა&amp;რთი</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="170" />
        <source>&amp;Paper width</source>
        <translation>ქაღალდის სი&amp;განე</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="171" />
        <source>80 mm</source>
        <translation>80 მმ</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="172" />
        <source>58 mm</source>
        <translation>58 მმ</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="206" />
        <source>Scanners and card readers</source>
        <translation>სკანერები და ბარათის წამკითხველები</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="207" />
        <source>Where barcodes and member cards come from.</source>
        <translation>საიდან მოდის შტრიხკოდები და წევრის ბარათები.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="209" />
        <source>&amp;Keyboard wedge (the scanner types like a keyboard)</source>
        <translation>&amp;კლავიატურის სკანერი (სკანერი კლავიატურასავით ბეჭდავს)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="210" />
        <source>Se&amp;rial port (USB-CDC scanner or card reader)</source>
        <translation>&amp;სერიული პორტი (USB-CDC სკანერი ან ბარათის წამკითხველი)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="211" />
        <source>&amp;Camera (its number: 0 is the first)</source>
        <translation>კა&amp;მერა (მისი ნომერი: 0 პირველია)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="212" />
        <source>N&amp;one: codes are typed</source>
        <translation>&amp;არცერთი: კოდები იკრიფება ხელით</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="216" />
        <source>&amp;Port or camera</source>
        <translation>&amp;პორტი ან კამერა</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="218" />
        <source>Under a non-US keyboard layout a keyboard-wedge scanner gets letters wrong: only digits are safe.</source>
        <translation>არა-US კლავიატურის განლაგებისას კლავიატურის სკანერი ასოებს ამახინჯებს: მხოლოდ ციფრებია საიმედო.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="249" />
        <source>Head office</source>
        <translation>სათაო ოფისი</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="250" />
        <source>The till sells without it; sales, cards and points travel when it is reachable.</source>
        <translation>სალარო მის გარეშეც ყიდის; გაყიდვები, ბარათები და ქულები გადაიცემა, როცა ის ხელმისაწვდომია.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="252" />
        <source>No &amp;head office: this till stands alone</source>
        <translation>&amp;სათაო ოფისის გარეშე: სალარო დამოუკიდებელია</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="253" />
        <source>&amp;Online: register with a one-time code from the office</source>
        <translation>&amp;ონლაინ: რეგისტრაცია ოფისის ერთჯერადი კოდით</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="254" />
        <source>&amp;USB bundles: carry signed files to the office and back</source>
        <translation>&amp;USB პაკეტები: ხელმოწერილი ფაილები ოფისში და უკან</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="258" />
        <source>Office &amp;address</source>
        <translation>ოფისის &amp;მისამართი</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="259" />
        <source>One-time &amp;code</source>
        <translation>ერთჯერადი &amp;კოდი</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="287" />
        <source>The first manager</source>
        <translation>პირველი მენეჯერი</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="288" />
        <source>The manager approves returns and voids and adds the other staff.</source>
        <translation>მენეჯერი ამტკიცებს დაბრუნებებსა და გაუქმებებს და ამატებს სხვა თანამშრომლებს.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="289" />
        <source>Na&amp;me</source>
        <translation>&amp;სახელი</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="289" />
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>&amp;PIN (4-დან 12 ციფრამდე)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="289" />
        <source>PIN &amp;again</source>
        <translation>PIN &amp;ხელახლა</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="292" />
        <source>The till opens at the login screen when the setup is done.</source>
        <translation>დაყენების შემდეგ სალარო შესვლის ეკრანზე გაიხსნება.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="119" />
        <source>Give the shop a name.</source>
        <translation>მიეცით მაღაზიას სახელი.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="120" />
        <source>Choose a currency from the list.</source>
        <translation>აირჩიეთ ვალუტა სიიდან.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="122" />
        <source>The till cannot use that printer address.</source>
        <translation>სალარო ამ პრინტერის მისამართს ვერ გამოიყენებს.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="123" />
        <source>Type the scanner's serial port, like /dev/ttyACM0.</source>
        <translation>აკრიფეთ სკანერის სერიული პორტი, მაგ. /dev/ttyACM0.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="124" />
        <source>A camera is chosen by its number: 0 is the first camera.</source>
        <translation>კამერა აირჩევა ნომრით: 0 პირველი კამერაა.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="125" />
        <source>The office address starts with http:// or https://.</source>
        <translation>ოფისის მისამართი იწყება http:// ან https://-ით.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="126" />
        <source>Type the one-time code the office gave you.</source>
        <translation>აკრიფეთ ოფისისგან მიღებული ერთჯერადი კოდი.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="127" />
        <source>The office refused the registration.</source>
        <translation>ოფისმა რეგისტრაციაზე უარი თქვა.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="128" />
        <source>The office did not answer. Check the address, or choose no office.</source>
        <translation>ოფისმა არ უპასუხა. შეამოწმეთ მისამართი ან აირჩიეთ ოფისის გარეშე.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="129" />
        <source>Give the manager a name.</source>
        <translation>მიეცით მენეჯერს სახელი.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="130" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN შედგება 4-დან 12 ციფრამდე.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="131" />
        <source>This database already holds a till.</source>
        <translation>ამ მონაცემთა ბაზაში სალარო უკვე არის.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="133" />
        <source>The till could not be set up.</source>
        <translation>სალაროს დაყენება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="164" />
        <source>Kupa: set up this till</source>
        <translation>Kupa: ამ სალაროს დაყენება</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="165" />
        <source>&amp;Next</source>
        <translation>&amp;შემდეგი</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="166" />
        <source>&amp;Back</source>
        <translation>&amp;უკან</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="167" />
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="168" />
        <source>&amp;Set up the till</source>
        <translation>სალაროს &amp;დაყენება</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="107" />
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>ორი PIN განსხვავდება; აკრიფეთ ერთი და იგივე PIN ორჯერ.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="121" />
        <source>There is no time zone called %1.</source>
        <translation>დროის სარტყელი %1 არ არსებობს.</translation>
    </message>
</context>
</TS>
