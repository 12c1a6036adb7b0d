import { BadgeCheck, PackageCheck, ShieldCheck, Truck } from 'lucide-react'
import { Link } from 'react-router-dom'

import { buttonVariants } from '@/components/ui/button'
import { WhatsAppIcon } from '@/components/whatsapp-icon'
import { paths } from '@/config/paths'

const PROMISES = [
  { icon: BadgeCheck, text: 'Prix TTC affichés' },
  { icon: PackageCheck, text: 'Stock à jour en temps réel' },
  { icon: Truck, text: 'Livraison dans tout le pays' },
]

function OrderPreview() {
  return (
    <div aria-hidden="true" className="relative mx-auto w-full max-w-sm">
      <div className="absolute -inset-4 -z-10 rounded-[2rem] bg-gradient-to-br from-teal-200/60 to-sky-200/60 blur-2xl" />
      <div className="rounded-3xl border bg-white p-4 shadow-xl">
        <div className="mb-3 flex items-center gap-2 border-b pb-3">
          <span className="grid size-9 place-items-center rounded-full bg-whatsapp text-white">
            <WhatsAppIcon className="size-5" />
          </span>
          <div>
            <p className="text-sm font-semibold">Service commandes</p>
            <p className="text-xs text-slate-600">en ligne</p>
          </div>
        </div>
        <div className="ml-auto w-11/12 rounded-2xl rounded-tr-sm bg-emerald-50 p-3 text-sm leading-6 text-slate-800">
          <p className="font-medium">Commande DT-000128</p>
          <p>• 2 × Gants nitrile, boîte de 100</p>
          <p>• 1 × Composite universel A2</p>
          <p>• 3 × Aiguilles 30G courtes</p>
          <p className="mt-1 font-semibold">Total : 612,00 MAD</p>
        </div>
        <div className="mt-3 w-4/5 rounded-2xl rounded-tl-sm bg-slate-100 p-3 text-sm text-slate-800">
          Merci Docteur ! Commande confirmée, livraison demain matin.
        </div>
      </div>
    </div>
  )
}

export function HomeHero() {
  return (
    <section className="relative overflow-hidden border-b bg-gradient-to-br from-teal-50 via-white to-sky-50">
      <div className="mx-auto grid max-w-7xl items-center gap-10 px-4 py-12 sm:py-16 lg:grid-cols-[1.1fr_0.9fr] lg:px-6 lg:py-20">
        <div className="grid gap-6">
          <p className="inline-flex w-fit items-center gap-2 rounded-full border border-teal-200 bg-white px-3 py-1 text-sm font-medium text-teal-800">
            <ShieldCheck className="size-4" aria-hidden="true" />
            Fournisseur de matériel dentaire professionnel
          </p>
          <h1 className="text-4xl leading-tight font-extrabold text-slate-900 sm:text-5xl">
            Les fournitures de votre cabinet, <span className="text-primary">commandées en un message</span>
          </h1>
          <p className="max-w-xl text-lg leading-8 text-slate-700">
            Instruments, consommables et équipements sélectionnés pour les chirurgiens-dentistes. Composez votre panier,
            envoyez-le sur WhatsApp : notre équipe confirme la disponibilité et la livraison.
          </p>
          <div className="flex flex-wrap gap-3">
            <Link to={paths.products} className={buttonVariants({ size: 'lg' })}>
              Voir le catalogue
            </Link>
            <a href="#commander" className={buttonVariants({ size: 'lg', variant: 'outline' })}>
              Comment commander ?
            </a>
          </div>
          <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-700">
            {PROMISES.map(({ icon: Icon, text }) => (
              <li key={text} className="flex items-center gap-2">
                <Icon className="size-4 text-primary" aria-hidden="true" />
                {text}
              </li>
            ))}
          </ul>
        </div>
        <div className="hidden md:block">
          <OrderPreview />
        </div>
      </div>
    </section>
  )
}
