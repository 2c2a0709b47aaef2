<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ContactEditor</name>
    <message>
        <source>Opted in</source>
        <translation>مشترك</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>إغلاق المحرر</translation>
    </message>
    <message>
        <source>+971501234567</source>
        <translation>+971501234567</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ال‍&amp;ه‍اتف</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>الب‍&amp;ريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>البل‍&amp;د</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>ال‍&amp;وسوم</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>التصنيفا&amp;ت</translation>
    </message>
    <message>
        <source>Custom &amp;fields</source>
        <translation>ال‍&amp;ح‍قول المخصصة</translation>
    </message>
    <message>
        <source>A contact&apos;s phone number cannot change</source>
        <translation>لا يمكن تغيير رقم هاتف جهة الاتصال</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>لم يتم تحديد جهة اتصال</translation>
    </message>
    <message>
        <source>Double-click a contact to edit it, or create a new one.</source>
        <translation>انقر نقرًا مزدوجًا فوق جهة اتصال لتحريرها، أو أنشئ جهة اتصال جديدة.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Enter the phone number in international format.</source>
        <translation>أدخل رقم الهاتف بالتنسيق الدولي.</translation>
    </message>
    <message>
        <source>Created %1 · updated %2 · source: %3</source>
        <translation>الإنشاء: %1 · التحديث: %2 · المصدر: %3</translation>
    </message>
    <message>
        <source>Each field name may appear once: %1</source>
        <translation>يجب ألا يتكرر اسم الحقل أكثر من مرة: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the new contact?</source>
        <translation>هل تريد حفظ جهة الاتصال الجديدة؟</translation>
    </message>
    <message>
        <source>Save your changes to %1?</source>
        <translation>هل تريد حفظ التغييرات على %1؟</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Two-letter country code; when empty, it comes from the phone number</source>
        <translation>رمز البلد المكوّن من حرفين؛ إذا تُرك فارغًا، يُحدَّد من رقم الهاتف</translation>
    </message>
</context>
<context>
    <name>ContactFieldError</name>
    <message>
        <source>Phone number (userNumber) is required</source>
        <translation>رقم الهاتف (userNumber) مطلوب</translation>
    </message>
    <message>
        <source>Invalid phone number (userNumber): expected E.164, e.g. +971501234567</source>
        <translation>رقم الهاتف (userNumber) غير صالح: يجب أن يكون بتنسيق E.164، مثل +971501234567</translation>
    </message>
    <message>
        <source>Contact with this phone number already exists</source>
        <translation>توجد بالفعل جهة اتصال برقم الهاتف هذا</translation>
    </message>
    <message>
        <source>Invalid countryCode</source>
        <translation>رمز البلد (countryCode) غير صالح</translation>
    </message>
    <message>
        <source>Invalid email</source>
        <translation>البريد الإلكتروني غير صالح</translation>
    </message>
    <message>
        <source>Invalid name</source>
        <translation>الاسم غير صالح</translation>
    </message>
    <message>
        <source>Invalid tags</source>
        <translation>الوسوم غير صالحة</translation>
    </message>
    <message>
        <source>Invalid labels</source>
        <translation>التصنيفات غير صالحة</translation>
    </message>
    <message>
        <source>Invalid params</source>
        <translation>الحقول المخصصة (params) غير صالحة</translation>
    </message>
    <message>
        <source>Contact not found</source>
        <translation>لم يتم العثور على جهة الاتصال</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Blocked: messages from this contact are ignored</source>
        <translation>محظور: يتم تجاهل الرسائل الواردة من جهة الاتصال هذه</translation>
    </message>
    <message>
        <source>Opted out: do not send marketing messages</source>
        <translation>غير مشترك: لا ترسل إليه رسائل تسويقية</translation>
    </message>
    <message>
        <source>Opted in to messages</source>
        <translation>مشترك في تلقي الرسائل</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>لا توجد رسائل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>مشترك</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>آخر رسالة</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>تاريخ التحديث</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>لا يمكن الفرز حسب هذا العمود</translation>
    </message>
</context>
<context>
    <name>CreateContactCommand</name>
    <message>
        <source>New contact %1</source>
        <translation>إنشاء جهة الاتصال %1</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contacts</source>
        <translation>
            <numerusform>حذف %Ln جهة اتصال</numerusform>
            <numerusform>حذف جهة اتصال واحدة</numerusform>
            <numerusform>حذف جهتي اتصال</numerusform>
            <numerusform>حذف %Ln جهات اتصال</numerusform>
            <numerusform>حذف %Ln جهة اتصال</numerusform>
            <numerusform>حذف %Ln جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopOptions</name>
    <message>
        <source>Browse and edit the contacts of a WhatsApp Business account.</source>
        <translation>تصفّح جهات اتصال حساب واتساب للأعمال وحرّرها.</translation>
    </message>
    <message>
        <source>Open the contacts database at &lt;path&gt; (created if missing) instead of the default one.</source>
        <translation>فتح قاعدة بيانات جهات الاتصال الموجودة في &lt;path&gt; (وإنشاؤها إن لم تكن موجودة) بدلاً من قاعدة البيانات الافتراضية.</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; instead of the system&apos;s: %1.</source>
        <translation>استخدام &lt;language&gt; بدلاً من لغة النظام: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>وسيطة غير متوقعة &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; available: %2.</source>
        <translation>لغة غير معروفة &apos;%1&apos;؛ اللغات المتاحة: %2.</translation>
    </message>
</context>
<context>
    <name>EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>No contacts yet</source>
        <translation>لا توجد جهات اتصال بعد</translation>
    </message>
    <message>
        <source>Add your first contact by hand, or import a CSV file exported from WhatsApp Business or a spreadsheet.</source>
        <translation>أضف أول جهة اتصال يدويًا، أو استورد ملف CSV مُصدَّرًا من واتساب للأعمال أو من جدول بيانات.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>مشترك</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>غير مشترك</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Not blocked</source>
        <translation>غير محظور</translation>
    </message>
    <message>
        <source>Opt-&amp;in</source>
        <translation>&amp;الاشتراك</translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation>ال‍&amp;ح‍ظر</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>ال‍&amp;وسوم</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>التصنيفا&amp;ت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>No database is open. Choose File &gt; Open Database…</source>
        <translation>لا توجد قاعدة بيانات مفتوحة. اختر ملف &gt; فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>تم إنشاء جهة الاتصال</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>تم حفظ التغييرات</translation>
    </message>
    <message>
        <source>&amp;New Contact</source>
        <translation>&amp;ج‍هة اتصال جديدة</translation>
    </message>
    <message>
        <source>Add a contact by hand</source>
        <translation>إضافة جهة اتصال يدويًا</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>استيراد جهات اتصال من ملف CSV</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>فت‍&amp;ح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>Contacts databases (*.db *.sqlite);;All files (*)</source>
        <translation>قواعد بيانات جهات الاتصال (*.db *.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open or create a contacts database</source>
        <translation>فتح قاعدة بيانات جهات اتصال أو إنشاؤها</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خ‍روج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت‍&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;ع‍ادة</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ب‍&amp;ح‍ث</translation>
    </message>
    <message>
        <source>&amp;Edit Contact</source>
        <translation>ت‍&amp;ح‍رير جهة الاتصال</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ح‍&amp;ذف</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>ح‍&amp;ظ‍ر</translation>
    </message>
    <message>
        <source>U&amp;nblock</source>
        <translation>إل‍&amp;غ‍اء الحظر</translation>
    </message>
    <message>
        <source>Opt &amp;In</source>
        <translation>&amp;اشتراك</translation>
    </message>
    <message>
        <source>Opt &amp;Out</source>
        <translation>إلغاء الاشت‍&amp;راك</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>إضافة &amp;وسم…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>إ&amp;زالة وسم…</translation>
    </message>
    <message>
        <source>Add &amp;Label…</source>
        <translation>إضافة تصني‍&amp;ف…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label…</source>
        <translation>&amp;إزالة تصنيف…</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>&amp;م‍سح البحث وعوامل التصفية</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;ع‍وامل التصفية</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>الم‍&amp;ح‍رر</translation>
    </message>
    <message>
        <source>&amp;About Contacts</source>
        <translation>&amp;ح‍ول جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;م‍لف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>ق‍&amp;واعد البيانات الحديثة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت‍&amp;ح‍رير</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;ج‍هات الاتصال</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;ع‍رض</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>الأعم‍&amp;دة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>تعليم‍&amp;ات</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>تعذّر فتح قاعدة البيانات %1.

%2</translation>
    </message>
    <message>
        <source>%1 — Contacts</source>
        <translation>%1 — جهات الاتصال</translation>
    </message>
    <message>
        <source>Reading the selection…</source>
        <translation>جارٍ قراءة التحديد…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>ت‍&amp;راجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;ع‍ادة %1</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>لم يعد %1 موجودًا.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>لا توجد قواعد بيانات حديثة</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;م‍سح القائمة</translation>
    </message>
    <message>
        <source>Contacts can be sorted by name, creation, last message or update time</source>
        <translation>يمكن فرز جهات الاتصال حسب الاسم أو تاريخ الإنشاء أو آخر رسالة أو تاريخ التحديث</translation>
    </message>
    <message>
        <source>Delete the selected contact?</source>
        <translation>هل تريد حذف جهة الاتصال المحددة؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln selected contacts?</source>
        <translation>
            <numerusform>هل تريد حذف %Ln جهة اتصال محددة؟</numerusform>
            <numerusform>هل تريد حذف جهة الاتصال المحددة؟</numerusform>
            <numerusform>هل تريد حذف جهتي الاتصال المحددتين؟</numerusform>
            <numerusform>هل تريد حذف %Ln جهات اتصال محددة؟</numerusform>
            <numerusform>هل تريد حذف %Ln جهة اتصال محددة؟</numerusform>
            <numerusform>هل تريد حذف %Ln جهة اتصال محددة؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>لا يوجد ما يلزم تغييره</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>إزالة وسم</translation>
    </message>
    <message>
        <source>Tag to add to the selected contacts:</source>
        <translation>الوسم المراد إضافته إلى جهات الاتصال المحددة:</translation>
    </message>
    <message>
        <source>Tag to remove from the selected contacts:</source>
        <translation>الوسم المراد إزالته من جهات الاتصال المحددة:</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>إضافة تصنيف</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>إزالة تصنيف</translation>
    </message>
    <message>
        <source>Label to add to the selected contacts:</source>
        <translation>التصنيف المراد إضافته إلى جهات الاتصال المحددة:</translation>
    </message>
    <message>
        <source>Label to remove from the selected contacts:</source>
        <translation>التصنيف المراد إزالته من جهات الاتصال المحددة:</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>حذف جهات الاتصال</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>يمكنك التراجع عن ذلك من تحرير &gt; تراجع.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
    <message>
        <source>About Contacts</source>
        <translation>حول جهات الاتصال</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Contacts %1&lt;/h3&gt;&lt;p&gt;Search, tag and clean up the contacts of a WhatsApp Business account, with a million contacts as smoothly as with ten.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;جهات الاتصال %1&lt;/h3&gt;&lt;p&gt;ابحث في جهات اتصال حساب واتساب للأعمال وضع لها الوسوم ونظّمها، بالسلاسة نفسها مع مليون جهة اتصال أو مع عشر جهات فقط.&lt;/p&gt;&lt;p&gt;تم الإنشاء باستخدام Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Deleting 1 contact…</source>
        <translation>جارٍ حذف جهة اتصال واحدة…</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln contacts…</source>
        <translation>
            <numerusform>جارٍ حذف %Ln جهة اتصال…</numerusform>
            <numerusform>جارٍ حذف جهة اتصال واحدة…</numerusform>
            <numerusform>جارٍ حذف جهتي اتصال…</numerusform>
            <numerusform>جارٍ حذف %Ln جهات اتصال…</numerusform>
            <numerusform>جارٍ حذف %Ln جهة اتصال…</numerusform>
            <numerusform>جارٍ حذف %Ln جهة اتصال…</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted 1 contact</source>
        <translation>تم حذف جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contacts</source>
        <translation>
            <numerusform>لم يتم حذف أي جهة اتصال</numerusform>
            <numerusform>تم حذف جهة اتصال واحدة</numerusform>
            <numerusform>تم حذف جهتي اتصال</numerusform>
            <numerusform>تم حذف %Ln جهات اتصال</numerusform>
            <numerusform>تم حذف %Ln جهة اتصال</numerusform>
            <numerusform>تم حذف %Ln جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParamsTableEditor</name>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>الحقول المخصصة</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>إضافة حقل</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>إزالة حقل</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search name, phone or email</source>
        <translation>ابحث بالاسم أو الهاتف أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>البحث في جهات الاتصال</translation>
    </message>
</context>
<context>
    <name>SetFlagCommand</name>
    <message>
        <source>Block 1 contact</source>
        <translation>حظر جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Block %Ln contacts</source>
        <translation>
            <numerusform>حظر %Ln جهة اتصال</numerusform>
            <numerusform>حظر جهة اتصال واحدة</numerusform>
            <numerusform>حظر جهتي اتصال</numerusform>
            <numerusform>حظر %Ln جهات اتصال</numerusform>
            <numerusform>حظر %Ln جهة اتصال</numerusform>
            <numerusform>حظر %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblock 1 contact</source>
        <translation>إلغاء حظر جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln contacts</source>
        <translation>
            <numerusform>إلغاء حظر %Ln جهة اتصال</numerusform>
            <numerusform>إلغاء حظر جهة اتصال واحدة</numerusform>
            <numerusform>إلغاء حظر جهتي اتصال</numerusform>
            <numerusform>إلغاء حظر %Ln جهات اتصال</numerusform>
            <numerusform>إلغاء حظر %Ln جهة اتصال</numerusform>
            <numerusform>إلغاء حظر %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt in 1 contact</source>
        <translation>تسجيل اشتراك جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Opt in %Ln contacts</source>
        <translation>
            <numerusform>تسجيل اشتراك %Ln جهة اتصال</numerusform>
            <numerusform>تسجيل اشتراك جهة اتصال واحدة</numerusform>
            <numerusform>تسجيل اشتراك جهتي اتصال</numerusform>
            <numerusform>تسجيل اشتراك %Ln جهات اتصال</numerusform>
            <numerusform>تسجيل اشتراك %Ln جهة اتصال</numerusform>
            <numerusform>تسجيل اشتراك %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt out 1 contact</source>
        <translation>إلغاء اشتراك جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Opt out %Ln contacts</source>
        <translation>
            <numerusform>إلغاء اشتراك %Ln جهة اتصال</numerusform>
            <numerusform>إلغاء اشتراك جهة اتصال واحدة</numerusform>
            <numerusform>إلغاء اشتراك جهتي اتصال</numerusform>
            <numerusform>إلغاء اشتراك %Ln جهات اتصال</numerusform>
            <numerusform>إلغاء اشتراك %Ln جهة اتصال</numerusform>
            <numerusform>إلغاء اشتراك %Ln جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln جهة اتصال محددة</numerusform>
            <numerusform>جهة اتصال واحدة محددة</numerusform>
            <numerusform>جهتا اتصال محددتان</numerusform>
            <numerusform>%Ln جهات اتصال محددة</numerusform>
            <numerusform>%Ln جهة اتصال محددة</numerusform>
            <numerusform>%Ln جهة اتصال محددة</numerusform>
        </translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>نتيجة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>لا توجد نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>لا توجد جهات اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagContactsCommand</name>
    <message>
        <source>Add tag “%1” to 1 contact</source>
        <translation>إضافة الوسم «%1» إلى جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Add tag “%1” to %Ln contacts</source>
        <translation>
            <numerusform>إضافة الوسم «%1» إلى %Ln جهة اتصال</numerusform>
            <numerusform>إضافة الوسم «%1» إلى جهة اتصال واحدة</numerusform>
            <numerusform>إضافة الوسم «%1» إلى جهتي اتصال</numerusform>
            <numerusform>إضافة الوسم «%1» إلى %Ln جهات اتصال</numerusform>
            <numerusform>إضافة الوسم «%1» إلى %Ln جهة اتصال</numerusform>
            <numerusform>إضافة الوسم «%1» إلى %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag “%1” from 1 contact</source>
        <translation>إزالة الوسم «%1» من جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %Ln contacts</source>
        <translation>
            <numerusform>إزالة الوسم «%1» من %Ln جهة اتصال</numerusform>
            <numerusform>إزالة الوسم «%1» من جهة اتصال واحدة</numerusform>
            <numerusform>إزالة الوسم «%1» من جهتي اتصال</numerusform>
            <numerusform>إزالة الوسم «%1» من %Ln جهات اتصال</numerusform>
            <numerusform>إزالة الوسم «%1» من %Ln جهة اتصال</numerusform>
            <numerusform>إزالة الوسم «%1» من %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Add label “%1” to 1 contact</source>
        <translation>إضافة التصنيف «%1» إلى جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Add label “%1” to %Ln contacts</source>
        <translation>
            <numerusform>إضافة التصنيف «%1» إلى %Ln جهة اتصال</numerusform>
            <numerusform>إضافة التصنيف «%1» إلى جهة اتصال واحدة</numerusform>
            <numerusform>إضافة التصنيف «%1» إلى جهتي اتصال</numerusform>
            <numerusform>إضافة التصنيف «%1» إلى %Ln جهات اتصال</numerusform>
            <numerusform>إضافة التصنيف «%1» إلى %Ln جهة اتصال</numerusform>
            <numerusform>إضافة التصنيف «%1» إلى %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove label “%1” from 1 contact</source>
        <translation>إزالة التصنيف «%1» من جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Remove label “%1” from %Ln contacts</source>
        <translation>
            <numerusform>إزالة التصنيف «%1» من %Ln جهة اتصال</numerusform>
            <numerusform>إزالة التصنيف «%1» من جهة اتصال واحدة</numerusform>
            <numerusform>إزالة التصنيف «%1» من جهتي اتصال</numerusform>
            <numerusform>إزالة التصنيف «%1» من %Ln جهات اتصال</numerusform>
            <numerusform>إزالة التصنيف «%1» من %Ln جهة اتصال</numerusform>
            <numerusform>إزالة التصنيف «%1» من %Ln جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>Comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message numerus="yes">
        <source>%1: %n contact(s)</source>
        <translation>
            <numerusform>%1: لا توجد جهات اتصال</numerusform>
            <numerusform>%1: جهة اتصال واحدة</numerusform>
            <numerusform>%1: جهتا اتصال</numerusform>
            <numerusform>%1: %n جهات اتصال</numerusform>
            <numerusform>%1: %n جهة اتصال</numerusform>
            <numerusform>%1: %n جهة اتصال</numerusform>
        </translation>
    </message>
</context>
</TS>
