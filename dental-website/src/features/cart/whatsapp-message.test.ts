import { describe, expect, it } from 'vitest'

import { buildWhatsAppMessage } from './whatsapp-message'

const normalise = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')

describe('WhatsApp message', () => {
  const lines = [
    { name: 'Gants nitrile taille M', price: 89.9, quantity: 2 },
    { name: 'Composite A2', price: 150, quantity: 1 },
  ]

  it('lists each line with its total, the order total and the customer', () => {
    const message = normalise(
      buildWhatsAppMessage({
        storeName: 'DentalTech Pro',
        currency: 'MAD',
        lines,
        customer: { name: 'Dr Amina Benali', phone: '+212600000001', city: 'Casablanca', note: 'Livrer le matin' },
      }),
    )
    expect(message).toBe(
      [
        'Bonjour DentalTech Pro, je souhaite commander :',
        '• 2 × Gants nitrile taille M — 179,80 MAD',
        '• 1 × Composite A2 — 150,00 MAD',
        'Total : 329,80 MAD',
        '',
        'Nom : Dr Amina Benali',
        'Téléphone : +212600000001',
        'Ville de livraison : Casablanca',
        'Note : Livrer le matin',
      ].join('\n'),
    )
  })

  it('leaves out the details nobody gave', () => {
    const message = buildWhatsAppMessage({ storeName: 'DentalTech Pro', currency: 'EUR', lines, customer: { name: 'Karim', address: '  ' } })
    expect(message).not.toMatch(/Téléphone|Adresse|Note/)
    expect(normalise(message)).toContain('Total : 329,80 €')
  })
})
