BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    function Get-AlbumImageId([string] $AlbumId) { (Get-ImgurAlbumImage -AlbumId $AlbumId).Id }
}

Describe 'Get-ImgurAlbumImage' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        Clear-EmulatorRequest
    }

    It 'lists every image of the albums Get-ImgurAlbum pipes to it' {
        $album = Get-ImgurAlbum EmuAlbm

        $images = Get-ImgurAlbum EmuAlbm | Get-ImgurAlbumImage

        $images | Should -BeOfType ImgurPS.Models.ImgurImage
        $images.Id | Should -Be $album.Images.Id
        (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be '/3/album/EmuAlbm/images.json'
    }

    It 'gets one image of an album' {
        $first = Get-ImgurAlbumImage EmuAlbm | Select-Object -First 1

        $image = Get-ImgurAlbumImage -AlbumId EmuAlbm -ImageId $first.Id

        $image.Id | Should -Be $first.Id
        (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be "/3/album/EmuAlbm/image/$($first.Id).json"
    }

    It 'lists the images of the albums Get-ImgurAccountAlbum pipes to it' {
        $null = Connect-TestImgur -AsUser
        $albums = @(Get-ImgurAccountAlbum -All)
        Clear-EmulatorRequest

        $images = Get-ImgurAccountAlbum | Get-ImgurAlbumImage

        $images | Should -Not -BeNullOrEmpty
        (Get-EmulatorRequest | Where-Object path -Like '/3/album/*').path | Should -Be ($albums | ForEach-Object { "/3/album/$($_.Id)/images.json" })
    }

    It 'gives the same objects in the XML form' {
        $json = Get-ImgurAlbumImage EmuAlbm -Format Json
        $xml = Get-ImgurAlbumImage EmuAlbm -Format Xml

        ($xml | ConvertTo-Comparable) | Should -Be ($json | ConvertTo-Comparable)
        (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be '/3/album/EmuAlbm/images.xml'
    }

    It 'reports an unknown album as ObjectNotFound' {
        Get-ImgurAlbumImage NoSuchAlbm -ErrorAction SilentlyContinue -ErrorVariable failure | Should -BeNullOrEmpty
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'NoSuchAlbm'
    }
}

Describe 'Add-ImgurAlbumImage' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
    }

    It 'adds what Send-ImgurImage pipes to it to the signed-in user''s album, in one request by id' {
        $null = Connect-TestImgur -AsUser
        $album = New-ImgurAlbum -Title 'Mine'
        Clear-EmulatorRequest

        $uploads = Get-SamplePath -Count 2 | Send-ImgurImage -OutVariable uploaded | Add-ImgurAlbumImage -AlbumId $album.AlbumId

        $uploads | Should -BeNullOrEmpty
        $add = Get-EmulatorRequest | Where-Object path -Like '/3/album/*'
        $add | Should -HaveCount 1
        $add.method | Should -Be 'POST'
        $add.path | Should -Be "/3/album/$($album.Id)/add.json"
        Get-AlbumImageId $album.AlbumId | Should -Be $uploaded.Id
    }

    It 'adds anonymous uploads to an anonymous album through the album''s deletehash' {
        $album = New-ImgurAlbum -Title 'Anonymous'
        Clear-EmulatorRequest

        Get-SamplePath -Count 2 | Send-ImgurImage -OutVariable uploaded | Add-ImgurAlbumImage -AlbumDeleteHash $album.DeleteHash

        $add = Get-EmulatorRequest | Where-Object path -Like '/3/album/*'
        $add | Should -HaveCount 1
        $add.path | Should -Be "/3/album/$($album.DeleteHash)/add.json"
        Get-AlbumImageId $album.AlbumId | Should -Be $uploaded.Id
    }

    It 'with -PassThru writes the signed-in user''s album as Imgur has it after the change' {
        $null = Connect-TestImgur -AsUser
        $album = New-ImgurAlbum -Title 'Mine'

        $passed = Get-SamplePath -Count 2 | Send-ImgurImage | Add-ImgurAlbumImage -AlbumId $album.AlbumId -PassThru

        $passed | Should -HaveCount 1
        $passed | Should -BeOfType ImgurPS.Models.ImgurAlbum
        $passed.Id | Should -Be $album.Id
        $passed.ImagesCount | Should -Be 2
    }

    It 'with -PassThru and the album''s deletehash reads the anonymous album back by the id given with it' {
        $album = New-ImgurAlbum -Title 'Anonymous'

        $passed = Get-SamplePath -Count 2 | Send-ImgurImage | Add-ImgurAlbumImage -AlbumDeleteHash $album.DeleteHash -AlbumId $album.Id -PassThru

        $passed.Id | Should -Be $album.Id
        $passed.ImagesCount | Should -Be 2
        $passed.DeleteHash | Should -Be $album.DeleteHash
        (Get-EmulatorRequest | Where-Object path -Like '/3/album/*').path | Should -Contain "/3/album/$($album.DeleteHash)/add.json"
    }

    It 'with -PassThru and only the album''s deletehash adds the images and says why it writes nothing' {
        $album = New-ImgurAlbum -Title 'Anonymous'

        $passed = Get-SamplePath -Count 1 | Send-ImgurImage | Add-ImgurAlbumImage -AlbumDeleteHash $album.DeleteHash -PassThru -ErrorAction SilentlyContinue -ErrorVariable failure

        $passed | Should -BeNullOrEmpty
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurPassThruNeedsId,*'
        (Get-ImgurAlbum $album.AlbumId).ImagesCount | Should -Be 1
    }

    It 'sends nothing with -WhatIf' {
        Clear-EmulatorRequest
        Add-ImgurAlbumImage -AlbumId EmuAlbm -ImageId EmuImg3 -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'says so when no image came, before sending' {
        Clear-EmulatorRequest
        @() | Add-ImgurAlbumImage -AlbumId EmuAlbm -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurNoImages,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'reports an unknown album as ObjectNotFound' {
        Add-ImgurAlbumImage -AlbumDeleteHash NoSuchDeletehash -ImageId EmuImg3 -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'NoSuchDeletehash'
    }
}

Describe 'Set-ImgurAlbumImage' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
    }

    It 'replaces the images of an anonymous album with the ones piped to it' {
        $album = Get-SamplePath -Count 2 | Send-ImgurImage | New-ImgurAlbum
        $replacement = Get-SamplePath -Count 3 | Select-Object -Last 1 | Send-ImgurImage
        Clear-EmulatorRequest

        $replacement | Set-ImgurAlbumImage -AlbumDeleteHash $album.DeleteHash

        (Get-EmulatorRequest).path | Should -Be "/3/album/$($album.DeleteHash).json"
        Get-AlbumImageId $album.AlbumId | Should -Be $replacement.Id
    }

    It 'sends nothing with -WhatIf' {
        Clear-EmulatorRequest
        Set-ImgurAlbumImage -AlbumId EmuAlbm -ImageId EmuImg3 -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'reports an unknown album as ObjectNotFound' {
        Set-ImgurAlbumImage -AlbumDeleteHash NoSuchDeletehash -ImageId EmuImg3 -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
    It 'with -PassThru writes the album with its new images' {
        $album = New-ImgurAlbum -Title 'Replace'

        $passed = Get-SamplePath -Count 3 | Send-ImgurImage | Set-ImgurAlbumImage -AlbumDeleteHash $album.DeleteHash -AlbumId $album.Id -PassThru

        $passed.Id | Should -Be $album.Id
        $passed.ImagesCount | Should -Be 3
    }
}

Describe 'Remove-ImgurAlbumImage' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
    }

    It 'takes the images piped to it out of the album, by id, and keeps them on Imgur' {
        $images = Get-SamplePath -Count 3 | Send-ImgurImage
        $album = $images | New-ImgurAlbum
        Clear-EmulatorRequest

        $images | Select-Object -First 2 | Remove-ImgurAlbumImage -AlbumDeleteHash $album.DeleteHash

        $request = Get-EmulatorRequest
        $request.method | Should -Be 'POST'
        $request.path | Should -Be "/3/album/$($album.DeleteHash)/remove_images.json"
        Get-AlbumImageId $album.AlbumId | Should -Be $images[2].Id
        (Get-ImgurImage $images[0].ImageId).Id | Should -Be $images[0].Id
    }

    It 'sends nothing with -WhatIf' {
        Clear-EmulatorRequest
        Remove-ImgurAlbumImage -AlbumId EmuAlbm -ImageId EmuImg1 -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'reports an unknown album as ObjectNotFound' {
        Remove-ImgurAlbumImage -AlbumDeleteHash NoSuchDeletehash -ImageId EmuImg1 -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'with -PassThru writes the album without the images taken out' {
        $null = Connect-TestImgur -AsUser
        $uploaded = Get-SamplePath -Count 2 | Send-ImgurImage
        $album = $uploaded | New-ImgurAlbum -Title 'Shrinking'

        $passed = $uploaded[0] | Remove-ImgurAlbumImage -AlbumId $album.Id -PassThru

        $passed.Id | Should -Be $album.Id
        $passed.ImagesCount | Should -Be 1
    }
}
