import type { Schema, Struct } from '@strapi/strapi';

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
    latitude: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 90;
          min: -90;
        },
        number
      >;
    longitude: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 180;
          min: -180;
        },
        number
      >;
    municipality: Schema.Attribute.Relation<'oneToOne', 'api::municipality.municipality'>;
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

export interface SharedImage extends Struct.ComponentSchema {
  collectionName: 'components_shared_images';
  info: {
    description: 'Een afbeelding met alt-tekst voor wie haar niet ziet, en wie haar maakte.';
    displayName: 'Afbeelding';
    icon: 'picture';
  };
  attributes: {
    alt: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 250;
      }>;
    credit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    file: Schema.Attribute.Media<'images'> & Schema.Attribute.Required;
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
      'contact.organisation': ContactOrganisation;
      'contact.person': ContactPerson;
      'shared.address': SharedAddress;
      'shared.image': SharedImage;
      'shared.price': SharedPrice;
    }
  }
}
