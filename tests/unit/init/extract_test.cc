// tests: init's value scanners: what a sentence of an existing notice states, and what it does not.
#include <doctest/doctest.h>

#include "init/extract.h"

namespace pnc::init {

TEST_CASE("contact details are read from a sentence") {
  CHECK(FindEmail("Write to privacy@acme-trust.org.uk, or call.") == "privacy@acme-trust.org.uk");
  CHECK(FindEmail("No address here.") == "");
  CHECK(FindPhone("Call us on 0113 496 0000 (office hours).") == "0113 496 0000");
  CHECK(FindPhone("Phone +44 20 7946 0000 today") == "+44 20 7946 0000");
  CHECK(FindPhone("Registered charity 1234567") == "");  // seven digits are not a phone number
  CHECK(FindWebsite("See https://acme.org.uk/privacy.") == "https://acme.org.uk/privacy");
  CHECK(FindWebsite("Visit www.acme.org.uk for more") == "www.acme.org.uk");
  CHECK(FindAddress("Write to us at: Acme Trust, 1 High Street, Leeds LS1 1AA.") ==
        "Acme Trust, 1 High Street, Leeds LS1 1AA");
  CHECK(FindAddress("Our postcode is LS1 1AA") == "");  // no street and town
}

TEST_CASE("registration numbers need their label") {
  CHECK(FindCharityNumber("Acme Trust is a registered charity (charity number 1234567).") == "1234567");
  CHECK(FindCharityNumber("Scottish Charity No. SC012345") == "SC012345");
  CHECK(FindCharityNumber("We have 1234567 reasons") == "");
  CHECK(FindCompanyNumber("Company number 01234567, registered in England") == "01234567");
  // The number in brackets or after a comma (user test s27 F10).
  const std::string both =
      "Larkrise Hospice (\"we\") is a registered charity (no. 1098543) and a company limited by guarantee (no. "
      "04711236).";
  CHECK(FindCharityNumber(both) == "1098543");
  CHECK(FindCompanyNumber(both) == "04711236");
  CHECK(FindCharityNumber("We are a registered charity, number 1098543.") == "1098543");
  CHECK(FindCompanyNumber("A company limited by guarantee, registered in England and Wales, number 04711236.") ==
        "04711236");
  CHECK(FindCompanyNumber("Our company has 12345678 reasons (no. 1)") == "");
  CHECK(FindIcoRegistration("We are registered with the ICO (Z1234567).") == "Z1234567");
  CHECK(FindIcoRegistration("Form Z1234567") == "");
}

TEST_CASE("the controller's name comes only from a sentence that names it as such") {
  CHECK(FindControllerName(
            "Acme Family Trust (\xE2\x80\x9Cwe\xE2\x80\x9D, \xE2\x80\x9Cus\xE2\x80\x9D) respects your privacy.") ==
        "Acme Family Trust");
  CHECK(FindControllerName("Acme Family Trust is the data controller for your information.") == "Acme Family Trust");
  CHECK(FindControllerName("We are Acme Family Trust, a charity in Leeds.") == "Acme Family Trust");
  CHECK(FindControllerName("This notice is the data controller notice") == "");
  CHECK(FindControllerName("We use your data to help you.") == "");
}

TEST_CASE("lawful bases are named by their words; Art 9's public interest is not public task") {
  CHECK(FindBases("We rely on your consent and on our legitimate interests.") ==
        std::vector<std::string>{"consent", "legitimate-interests"});
  CHECK(FindBases("We need it to comply with the law (legal obligation).") ==
        std::vector<std::string>{"legal-obligation"});
  CHECK(FindBases("for reasons of substantial public interest").empty());
  CHECK(FindBases("Our recognised legitimate interest in safeguarding") ==
        std::vector<std::string>{"recognised-legitimate-interests"});
}

TEST_CASE("negation") {
  CHECK(Negated("We do not transfer your data outside the UK."));
  CHECK(Negated("Your data is stored only in the UK"));
  CHECK_FALSE(Negated("We transfer data to the USA under the IDTA."));
}

TEST_CASE("a 30,000-letter sentence is not searched (regex backtracking)") {
  std::string huge(30000, 'a');
  CHECK(FindEmail(huge + "@x.org") == "");
  CHECK(FindControllerName(huge) == "");
}

TEST_CASE("the DPO's name, and labels run into values (user test s29 F5)") {
  CHECK(FindDpoName("Our Data Protection Officer is Rhiannon Pryce.") == "Rhiannon Pryce");
  CHECK(FindDpoName("Our DPO, Dr Amrit Sandhu, answers questions.") == "Dr Amrit Sandhu");
  CHECK(FindDpoName("Siân Llŷr is our Data Protection Officer.") == "Siân Llŷr");
  CHECK(FindDpoName("Our Data Protection Officer is the Head of Operations.") == "");  // a role, not a name
  CHECK(FindDpoName("Contact our Data Protection Officer at dpo@x.org.") == "");
  CHECK(FindAddress("Address Tŷ Llwybr, 14 Ffordd y Felin, Wrexham LL13 9ZZ") ==
        "Tŷ Llwybr, 14 Ffordd y Felin, Wrexham LL13 9ZZ");
  CHECK(FindAddress("Registered office: 2 Mill Lane, York YO1 7AA") == "2 Mill Lane, York YO1 7AA");
  CHECK(FindControllerName("Pathway Trust (\xE2\x80\x9CPathway\xE2\x80\x9D) decides why and how your information is "
                           "used.") == "Pathway Trust");
  CHECK(FindControllerName("Pathway Trust is responsible for the personal information in this notice.") ==
        "Pathway Trust");
  // A value starting with 'r' or 'e' keeps its first letters (Trim once dropped them).
  CHECK(FindEmail("Write to reception@acme.org.uk.") == "reception@acme.org.uk");
}

}  // namespace pnc::init
