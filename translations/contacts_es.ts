<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ContactEditor</name>
    <message>
        <source>Opted in</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Cerrar el editor</translation>
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
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Cate&amp;gorías</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Custom &amp;fields</source>
        <translation>Ca&amp;mpos personalizados</translation>
    </message>
    <message>
        <source>A contact&apos;s phone number cannot change</source>
        <translation>El número de teléfono de un contacto no se puede cambiar</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Ningún contacto seleccionado</translation>
    </message>
    <message>
        <source>Double-click a contact to edit it, or create a new one.</source>
        <translation>Haga doble clic en un contacto para editarlo o cree uno nuevo.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Enter the phone number in international format.</source>
        <translation>Escriba el número de teléfono en formato internacional.</translation>
    </message>
    <message>
        <source>Created %1 · updated %2 · source: %3</source>
        <translation>Creado: %1 · actualizado: %2 · origen: %3</translation>
    </message>
    <message>
        <source>Each field name may appear once: %1</source>
        <translation>Cada nombre de campo puede aparecer solo una vez: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the new contact?</source>
        <translation>¿Desea guardar el nuevo contacto?</translation>
    </message>
    <message>
        <source>Save your changes to %1?</source>
        <translation>¿Desea guardar los cambios en %1?</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Two-letter country code; when empty, it comes from the phone number</source>
        <translation>Código de país de dos letras; si se deja vacío, se obtiene del número de teléfono</translation>
    </message>
</context>
<context>
    <name>ContactFieldError</name>
    <message>
        <source>Phone number (userNumber) is required</source>
        <translation>El número de teléfono (userNumber) es obligatorio</translation>
    </message>
    <message>
        <source>Invalid phone number (userNumber): expected E.164, e.g. +971501234567</source>
        <translation>Número de teléfono (userNumber) no válido: se esperaba el formato E.164, p. ej., +971501234567</translation>
    </message>
    <message>
        <source>Contact with this phone number already exists</source>
        <translation>Ya existe un contacto con este número de teléfono</translation>
    </message>
    <message>
        <source>Invalid countryCode</source>
        <translation>Código de país (countryCode) no válido</translation>
    </message>
    <message>
        <source>Invalid email</source>
        <translation>Correo electrónico no válido</translation>
    </message>
    <message>
        <source>Invalid name</source>
        <translation>Nombre no válido</translation>
    </message>
    <message>
        <source>Invalid tags</source>
        <translation>Categorías no válidas</translation>
    </message>
    <message>
        <source>Invalid labels</source>
        <translation>Etiquetas no válidas</translation>
    </message>
    <message>
        <source>Invalid params</source>
        <translation>Campos personalizados (params) no válidos</translation>
    </message>
    <message>
        <source>Contact not found</source>
        <translation>No se encontró el contacto</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Blocked: messages from this contact are ignored</source>
        <translation>Bloqueado: se ignoran los mensajes de este contacto</translation>
    </message>
    <message>
        <source>Opted out: do not send marketing messages</source>
        <translation>No suscrito: no envíe mensajes de marketing</translation>
    </message>
    <message>
        <source>Opted in to messages</source>
        <translation>Suscrito para recibir mensajes</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>Sin mensajes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
</context>
<context>
    <name>CreateContactCommand</name>
    <message>
        <source>New contact %1</source>
        <translation>Nuevo contacto %1</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contacts</source>
        <translation>
            <numerusform>Eliminar %Ln contacto</numerusform>
            <numerusform>Eliminar %Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopOptions</name>
    <message>
        <source>Browse and edit the contacts of a WhatsApp Business account.</source>
        <translation>Examine y edite los contactos de una cuenta de WhatsApp Business.</translation>
    </message>
    <message>
        <source>Open the contacts database at &lt;path&gt; (created if missing) instead of the default one.</source>
        <translation>Abre la base de datos de contactos en &lt;path&gt; (se crea si no existe) en lugar de la predeterminada.</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; instead of the system&apos;s: %1.</source>
        <translation>Usa &lt;language&gt; en lugar del idioma del sistema: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; available: %2.</source>
        <translation>Idioma desconocido &apos;%1&apos;; disponibles: %2.</translation>
    </message>
</context>
<context>
    <name>EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>No contacts yet</source>
        <translation>Todavía no hay contactos</translation>
    </message>
    <message>
        <source>Add your first contact by hand, or import a CSV file exported from WhatsApp Business or a spreadsheet.</source>
        <translation>Agregue su primer contacto manualmente o importe un archivo CSV exportado de WhatsApp Business o de una hoja de cálculo.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>No suscrito</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Not blocked</source>
        <translation>No bloqueado</translation>
    </message>
    <message>
        <source>Opt-&amp;in</source>
        <translation>&amp;Suscripción</translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation>&amp;Bloqueo</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Cate&amp;gorías</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>No database is open. Choose File &gt; Open Database…</source>
        <translation>No hay ninguna base de datos abierta. Elija Archivo &gt; Abrir base de datos…</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>Contacto creado</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>Cambios guardados</translation>
    </message>
    <message>
        <source>&amp;New Contact</source>
        <translation>&amp;Nuevo contacto</translation>
    </message>
    <message>
        <source>Add a contact by hand</source>
        <translation>Agregar un contacto manualmente</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>Importar contactos desde un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Contacts databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de contactos (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open or create a contacts database</source>
        <translation>Abrir o crear una base de datos de contactos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Edit Contact</source>
        <translation>&amp;Editar contacto</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>U&amp;nblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Opt &amp;In</source>
        <translation>&amp;Suscribir</translation>
    </message>
    <message>
        <source>Opt &amp;Out</source>
        <translation>&amp;Cancelar suscripción</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>&amp;Agregar categoría…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>&amp;Quitar categoría…</translation>
    </message>
    <message>
        <source>Add &amp;Label…</source>
        <translation>Agregar e&amp;tiqueta…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label…</source>
        <translation>Qu&amp;itar etiqueta…</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>Borrar búsqueda y &amp;filtros</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>&amp;About Contacts</source>
        <translation>&amp;Acerca de Contactos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>No se puede abrir la base de datos %1.

%2</translation>
    </message>
    <message>
        <source>%1 — Contacts</source>
        <translation>%1 — Contactos</translation>
    </message>
    <message>
        <source>Reading the selection…</source>
        <translation>Leyendo la selección…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
    <message>
        <source>Contacts can be sorted by name, creation, last message or update time</source>
        <translation>Los contactos se pueden ordenar por nombre, fecha de creación, último mensaje o fecha de actualización</translation>
    </message>
    <message>
        <source>Delete the selected contact?</source>
        <translation>¿Desea eliminar el contacto seleccionado?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln selected contacts?</source>
        <translation>
            <numerusform>¿Desea eliminar %Ln contacto seleccionado?</numerusform>
            <numerusform>¿Desea eliminar los %Ln contactos seleccionados?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>No hay nada que cambiar</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Agregar categoría</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Quitar categoría</translation>
    </message>
    <message>
        <source>Tag to add to the selected contacts:</source>
        <translation>Categoría que se agregará a los contactos seleccionados:</translation>
    </message>
    <message>
        <source>Tag to remove from the selected contacts:</source>
        <translation>Categoría que se quitará de los contactos seleccionados:</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>Agregar etiqueta</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Label to add to the selected contacts:</source>
        <translation>Etiqueta que se agregará a los contactos seleccionados:</translation>
    </message>
    <message>
        <source>Label to remove from the selected contacts:</source>
        <translation>Etiqueta que se quitará de los contactos seleccionados:</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Puede deshacer esta acción con Edición &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>About Contacts</source>
        <translation>Acerca de Contactos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Contacts %1&lt;/h3&gt;&lt;p&gt;Search, tag and clean up the contacts of a WhatsApp Business account, with a million contacts as smoothly as with ten.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Contactos %1&lt;/h3&gt;&lt;p&gt;Busque, clasifique y depure los contactos de una cuenta de WhatsApp Business, con un millón de contactos con la misma fluidez que con diez.&lt;/p&gt;&lt;p&gt;Creado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Deleting 1 contact…</source>
        <translation>Eliminando 1 contacto…</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln contacts…</source>
        <translation>
            <numerusform>Eliminando %Ln contacto…</numerusform>
            <numerusform>Eliminando %Ln contactos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted 1 contact</source>
        <translation>Se eliminó 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contacts</source>
        <translation>
            <numerusform>Se eliminó %Ln contacto</numerusform>
            <numerusform>Se eliminaron %Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParamsTableEditor</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Agregar campo</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Quitar campo</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search name, phone or email</source>
        <translation>Buscar por nombre, teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
</context>
<context>
    <name>SetFlagCommand</name>
    <message>
        <source>Block 1 contact</source>
        <translation>Bloquear 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Block %Ln contacts</source>
        <translation>
            <numerusform>Bloquear %Ln contacto</numerusform>
            <numerusform>Bloquear %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblock 1 contact</source>
        <translation>Desbloquear 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln contacts</source>
        <translation>
            <numerusform>Desbloquear %Ln contacto</numerusform>
            <numerusform>Desbloquear %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt in 1 contact</source>
        <translation>Suscribir 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Opt in %Ln contacts</source>
        <translation>
            <numerusform>Suscribir %Ln contacto</numerusform>
            <numerusform>Suscribir %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt out 1 contact</source>
        <translation>Cancelar la suscripción de 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Opt out %Ln contacts</source>
        <translation>
            <numerusform>Cancelar la suscripción de %Ln contacto</numerusform>
            <numerusform>Cancelar la suscripción de %Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln seleccionado</numerusform>
            <numerusform>%Ln seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 resultado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagContactsCommand</name>
    <message>
        <source>Add tag “%1” to 1 contact</source>
        <translation>Agregar la categoría “%1” a 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Add tag “%1” to %Ln contacts</source>
        <translation>
            <numerusform>Agregar la categoría “%1” a %Ln contacto</numerusform>
            <numerusform>Agregar la categoría “%1” a %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag “%1” from 1 contact</source>
        <translation>Quitar la categoría “%1” de 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %Ln contacts</source>
        <translation>
            <numerusform>Quitar la categoría “%1” de %Ln contacto</numerusform>
            <numerusform>Quitar la categoría “%1” de %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Add label “%1” to 1 contact</source>
        <translation>Agregar la etiqueta “%1” a 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Add label “%1” to %Ln contacts</source>
        <translation>
            <numerusform>Agregar la etiqueta “%1” a %Ln contacto</numerusform>
            <numerusform>Agregar la etiqueta “%1” a %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove label “%1” from 1 contact</source>
        <translation>Quitar la etiqueta “%1” de 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Remove label “%1” from %Ln contacts</source>
        <translation>
            <numerusform>Quitar la etiqueta “%1” de %Ln contacto</numerusform>
            <numerusform>Quitar la etiqueta “%1” de %Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>Comma-separated</source>
        <translation>Separadas por comas</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message numerus="yes">
        <source>%1: %n contact(s)</source>
        <translation>
            <numerusform>%1: %n contacto</numerusform>
            <numerusform>%1: %n contactos</numerusform>
        </translation>
    </message>
</context>
</TS>
