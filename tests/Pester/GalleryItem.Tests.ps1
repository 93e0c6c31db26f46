BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Get-ImgurGalleryItem' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        Clear-EmulatorRequest
    }

    It 'takes gallery items from Get-ImgurGallery by property name and gets each one (GA-11)' {
        $listed = Get-ImgurGallery | Select-Object -First 3
        Clear-EmulatorRequest

        $items = $listed | Get-ImgurGalleryItem

        $items.Id | Should -Be $listed.Id
        (Get-EmulatorRequest | Select-Object -Last 3).path | Should -Be ($listed | ForEach-Object { "/3/gallery/$($_.Id).json" })
    }

    It 'asks for an album with -Album (GA-09) and an image with -Image (GA-10)' {
        $gallery = Get-ImgurGallery
        $album = $gallery | Where-Object IsAlbum | Select-Object -First 1
        $image = $gallery | Where-Object { -not $_.IsAlbum } | Select-Object -First 1
        Clear-EmulatorRequest

        $gotAlbum = Get-ImgurGalleryItem -GalleryId $album.Id -Album
        $gotImage = Get-ImgurGalleryItem $image.Id -Image

        $gotAlbum | Should -BeOfType ImgurPS.Models.ImgurGalleryAlbum
        $gotImage | Should -BeOfType ImgurPS.Models.ImgurGalleryImage
        (Get-EmulatorRequest | Select-Object -Last 2).path | Should -Be @("/3/gallery/album/$($album.Id).json", "/3/gallery/image/$($image.Id).json")
    }

    It 'gives the same object in the XML form' {
        $id = (Get-ImgurGallery | Where-Object IsAlbum | Select-Object -First 1).Id
        $json = Get-ImgurGalleryItem $id
        $xml = Get-ImgurGalleryItem $id -Format Xml

        ($xml | ConvertTo-Comparable) | Should -Be ($json | ConvertTo-Comparable)
        (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be "/3/gallery/$id.xml"
    }

    It 'writes a not-found error naming the id and goes on with the next one' {
        $good = (Get-ImgurGallery | Select-Object -First 1).Id
        $items = Get-ImgurGalleryItem -GalleryId 'NoSuch1', $good -ErrorVariable failures -ErrorAction SilentlyContinue

        $items.Id | Should -Be $good
        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ImgurNotFound*'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be 'NoSuch1'
    }
}

Describe 'Publish-ImgurGalleryItem and Unpublish-ImgurGalleryItem' {
    BeforeEach {
        Reset-Emulator
        Clear-EmulatorRequest
    }

    It 'needs a signed-in user and says so before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest

        { Publish-ImgurGalleryItem -ImageId EmuImg1 -Title 'Hello' -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        { Unpublish-ImgurGalleryItem -GalleryId EmuImg1 -Force -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Where-Object path -Like '/3/gallery/*' | Should -BeNullOrEmpty
    }

    It 'sends nothing with -WhatIf' {
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest

        Publish-ImgurGalleryItem -ImageId EmuImg1 -Title 'Hello' -AcceptTerms -WhatIf
        Publish-ImgurGalleryItem -AlbumId EmuAlbm -Title 'Hello' -WhatIf
        Unpublish-ImgurGalleryItem -GalleryId EmuImg1 -WhatIf
        Get-ImgurGallery | Select-Object -First 2 | Unpublish-ImgurGalleryItem -WhatIf

        Get-EmulatorRequest | Where-Object method -NE GET | Where-Object path -Like '/3/*' | Should -BeNullOrEmpty -Because 'only the gallery listing is read'
    }

    It 'unpublishes at ConfirmImpact High' {
        (Get-Command Unpublish-ImgurGalleryItem).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false).ConfirmImpact |
            Should -Be 'High'
    }

    Context 'against GA-06/GA-07/GA-08 (POST /3/gallery/image|album/{id}, DELETE /3/gallery/{id})' {
        It 'publishes an uploaded image, which then reads back from the gallery, and unpublishes it with -Force' {
            $null = Connect-TestImgur -AsUser
            Clear-EmulatorRequest

            Get-ImgurGalleryItem EmuImg1 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            (Get-ImgurGallery -Section user -Sort time -All).Id | Should -Not -Contain 'EmuImg1'
            [pscustomobject]@{ ImageId = 'EmuImg1' } | Publish-ImgurGalleryItem -Title 'My post' -AcceptTerms -Mature:$false -Tag cats, aww
            $request = Get-EmulatorRequest | Where-Object method -EQ POST
            $request.path | Should -Be '/3/gallery/image/EmuImg1.json'

            (Get-ImgurGalleryItem EmuImg1).Title | Should -Be 'My post'
            (Get-ImgurGallery -Section user -Sort time -All).Id | Should -Contain 'EmuImg1'
            Get-ImgurGalleryItem EmuImg1 | Unpublish-ImgurGalleryItem -Force
            Get-ImgurGalleryItem EmuImg1 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            (Get-ImgurGallery -Section user -Sort time -All).Id | Should -Not -Contain 'EmuImg1'
        }

        It 'publishes an album' {
            $null = Connect-TestImgur -AsUser
            Publish-ImgurGalleryItem -AlbumId EmuAlbm -Title 'My album' -AcceptTerms
            (Get-ImgurGalleryItem EmuAlbm -Album).Title | Should -Be 'My album'
        }

        It 'with -PassThru writes the post as the gallery has it, and takes the title from the piped object' {
            $null = Connect-TestImgur -AsUser
            $image = Send-ImgurImage -Path (Get-SamplePath -Count 1) -Title 'From the upload'

            $quiet = Publish-ImgurGalleryItem -AlbumId EmuAlbm -Title 'Quiet' -AcceptTerms
            $post = $image | Publish-ImgurGalleryItem -AcceptTerms -PassThru

            $quiet | Should -BeNullOrEmpty
            $post | Should -BeOfType ImgurPS.Models.ImgurGalleryImage
            $post.GalleryId | Should -Be $image.Id
            $post.Title | Should -Be 'From the upload'
            $post.InGallery | Should -BeTrue
        }

        It 'with -PassThru writes a published album as a gallery album' {
            $null = Connect-TestImgur -AsUser
            $post = Publish-ImgurGalleryItem -AlbumId EmuAlbm -Title 'My album' -AcceptTerms -PassThru
            $post | Should -BeOfType ImgurPS.Models.ImgurGalleryAlbum
            $post.Title | Should -Be 'My album'
        }

        It 'with -PassThru on Unpublish writes the image and the album as they are out of the gallery' {
            $null = Connect-TestImgur -AsUser
            Publish-ImgurGalleryItem -AlbumId EmuAlbm -Title 'My album' -AcceptTerms
            Publish-ImgurGalleryItem -ImageId EmuImg1 -Title 'My image' -AcceptTerms

            $quiet = Unpublish-ImgurGalleryItem -GalleryId EmuImg1 -Force
            Publish-ImgurGalleryItem -ImageId EmuImg1 -Title 'My image' -AcceptTerms
            $left = Unpublish-ImgurGalleryItem -GalleryId EmuImg1, https://imgur.com/gallery/EmuAlbm -Force -PassThru

            $quiet | Should -BeNullOrEmpty
            $left | Should -HaveCount 2
            $left[0] | Should -BeOfType ImgurPS.Models.ImgurImage
            $left[0].Id | Should -Be 'EmuImg1'
            $left[0].InGallery | Should -BeFalse
            $left[1] | Should -BeOfType ImgurPS.Models.ImgurAlbum
            $left[1].Id | Should -Be 'EmuAlbm'
        }

        It 'writes an error for an image that is not the caller''s' {
            $null = Connect-TestImgur -AsUser
            { Publish-ImgurGalleryItem -ImageId NoSuch1 -Title 'x' -AcceptTerms -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurNotFound*'
        }
    }
}
