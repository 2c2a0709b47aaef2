#include "SearchText.h"

#include "Contact.h"
#include "TextFold.h"

SearchText SearchText::of(const Contact& contact)
{
    SearchText text;
    if (contact.name) {
        text.name = TextFold::fold(*contact.name);
        text.nameKey = text.name;
    }
    if (contact.email)
        text.email = TextFold::fold(*contact.email);
    text.phoneDigits = TextFold::digits(contact.phone);
    return text;
}
