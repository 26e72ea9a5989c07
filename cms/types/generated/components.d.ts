import type { Schema, Struct } from '@strapi/strapi';

export interface CommunityMeeting extends Struct.ComponentSchema {
  collectionName: 'components_community_meetings';
  info: {
    description: 'Een bijeenkomst van de leergemeenschap, met het verslag.';
    displayName: 'Bijeenkomst';
    icon: 'calendar';
  };
  attributes: {
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    online: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    place: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    report: Schema.Attribute.RichText;
  };
}

export interface ContactOrganisation extends Struct.ComponentSchema {
  collectionName: 'components_contact_organisations';
  info: {
    description: 'Algemeen e-mailadres en telefoonnummer van de organisatie.';
    displayName: 'Publiek contact';
    icon: 'phone';
  };
  attributes: {
    email: Schema.Attribute.Email;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
  };
}

export interface ContactPerson extends Struct.ComponentSchema {
  collectionName: 'components_contact_people';
  info: {
    description: 'Persoonsgegevens: nooit zichtbaar in de publieke API.';
    displayName: 'Contactpersoon';
    icon: 'user';
  };
  attributes: {
    email: Schema.Attribute.Email;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    role: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface KnowledgeAuthor extends Struct.ComponentSchema {
  collectionName: 'components_knowledge_authors';
  info: {
    description: 'Wie het kennisproduct maakte; de naam is openbaar zodra het item gepubliceerd is.';
    displayName: 'Auteur';
    icon: 'pencil';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    organisation: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
  };
}

export interface KnowledgeUsefulFor extends Struct.ComponentSchema {
  collectionName: 'components_knowledge_useful_fors';
  info: {
    description: 'Voor welke professional dit item bruikbaar is.';
    displayName: 'Bruikbaar voor';
    icon: 'user';
  };
  attributes: {
    role: Schema.Attribute.Enumeration<['iccer', 'vakdocent', 'cultuurpartner', 'ambtenaar', 'directeur']> & Schema.Attribute.Required;
  };
}

export interface SharedAddress extends Struct.ComponentSchema {
  collectionName: 'components_shared_addresses';
  info: {
    displayName: 'Adres';
    icon: 'pinMap';
  };
  attributes: {
    city: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    houseNumber: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 12;
      }>;
    postalCode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 7;
      }>;
    street: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface SharedLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_links';
  info: {
    description: 'Een link naar een bron buiten het platform.';
    displayName: 'Link';
    icon: 'link';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface SharedPrice extends Struct.ComponentSchema {
  collectionName: 'components_shared_prices';
  info: {
    description: 'Bedrag in euro met eenheid: per leerling, per groep of vast.';
    displayName: 'Prijs';
    icon: 'priceTag';
  };
  attributes: {
    amount: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    label: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    unit: Schema.Attribute.Enumeration<['per_leerling', 'per_groep', 'vast']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'per_leerling'>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'community.meeting': CommunityMeeting;
      'contact.organisation': ContactOrganisation;
      'contact.person': ContactPerson;
      'knowledge.author': KnowledgeAuthor;
      'knowledge.useful-for': KnowledgeUsefulFor;
      'shared.address': SharedAddress;
      'shared.link': SharedLink;
      'shared.price': SharedPrice;
    }
  }
}
