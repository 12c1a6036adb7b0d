import { MessageCircle, PackageCheck, ShoppingCart } from 'lucide-react'

const STEPS = [
  {
    icon: ShoppingCart,
    title: 'Composez votre panier',
    text: 'Cherchez par nom, marque ou référence et ajoutez les produits en stock.',
  },
  {
    icon: MessageCircle,
    title: 'Commandez via WhatsApp',
    text: 'Votre commande est enregistrée avec une référence, puis envoyée en un message.',
  },
  {
    icon: PackageCheck,
    title: 'Recevez au cabinet',
    text: "Notre équipe confirme le total et la livraison ; suivez l'état dans votre compte.",
  },
]

export function HowToOrder() {
  return (
    <section id="commander" aria-labelledby="how-title" className="render-when-near rounded-3xl bg-slate-900 px-6 py-10 text-white sm:px-10">
      <h2 id="how-title" className="text-2xl font-bold sm:text-3xl">
        Commander en trois étapes
      </h2>
      <ol className="mt-8 grid gap-8 md:grid-cols-3">
        {STEPS.map(({ icon: Icon, title, text }, index) => (
          <li key={title} className="grid content-start gap-3">
            <span className="flex items-center gap-3">
              <span className="grid size-11 place-items-center rounded-xl bg-teal-500/15 text-teal-300">
                <Icon className="size-6" aria-hidden="true" />
              </span>
              <span className="text-sm font-semibold text-teal-300">Étape {index + 1}</span>
            </span>
            <h3 className="text-lg font-semibold">{title}</h3>
            <p className="text-sm leading-6 text-slate-300">{text}</p>
          </li>
        ))}
      </ol>
    </section>
  )
}
